import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { VersionMatcher } from '@release-readiness/plugin-release-readiness-common';
import type {
  RollbackStrategy,
  RollbackTarget,
  WorkloadSource,
} from '@release-readiness/plugin-release-readiness-node';
import { AppsV1Api } from '@kubernetes/client-node';
import {
  demoTls,
  KubernetesTestServer,
  type RolloutBehaviour,
  type StoredObject,
} from '@release-readiness/kubernetes-test-cluster';
import { readPlatformClusters } from '../../clusters/readPlatformClusters';
import { createKubernetesWorkloadSourceFactory } from '../../kubernetes/createKubernetesWorkloadSourceFactory';
import { createKubernetesRollbackStrategyFactory } from '../createKubernetesRollbackStrategyFactory';
import { NAMESPACE } from './rollbackFixtures';
import { rollbackTarget } from './rollbackTarget';
import { testClusterConnection } from '../../__testUtils__/testClusterConnection';

/** The token of the test cluster: it must never appear in an answer, an error or a record. */
export const TOKEN = 'rollback-canary-token-5f2c9e';

/** A started test API server and the `kubernetes` strategy of an environment on it. */
export interface RollbackCluster {
  server: KubernetesTestServer;
  /** The strategy of environment `prod` (team-owned block: `cluster`, `namespace`). */
  strategy: RollbackStrategy;
  /** Someone else's client of the same cluster (as `kubectl` would be). */
  someone: AppsV1Api;
  /** The workload source of the same environment (as the backend verifies with it). */
  workloads: WorkloadSource;
  /** A rollback target as the workload source reports it. */
  target(kind: RollbackTarget['kind'], name: string): RollbackTarget;
}

/**
 * Starts the Kubernetes API test server over HTTPS (demo CA, bearer token) with `objects` and
 * creates the `kubernetes` strategy for a team's environment on platform cluster `shop-cluster`,
 * through the factory, as the backend creates it.
 */
export async function startRollbackCluster(
  objects: StoredObject[],
  rollout?: RolloutBehaviour | false,
): Promise<RollbackCluster> {
  const server = await KubernetesTestServer.start({
    objects,
    token: TOKEN,
    tls: demoTls(),
    ...(rollout !== undefined && { rollout }),
  });
  const clusters = readPlatformClusters(
    new ConfigReader({
      releaseReadiness: {
        clusters: {
          'shop-cluster': testClusterConnection(server, TOKEN),
        },
      },
    }),
    mockServices.logger.mock(),
  );
  const environment = {
    environment: 'prod',
    system: 'shop',
    keyPrefix: 'environments.prod',
    owner: 'team' as const,
    config: new ConfigReader({ cluster: 'shop-cluster', namespace: NAMESPACE }),
    logger: mockServices.logger.mock(),
  };
  const workloads = await createKubernetesWorkloadSourceFactory(
    clusters,
  ).create(environment);
  const strategy = await createKubernetesRollbackStrategyFactory(
    clusters,
    new VersionMatcher(),
  ).create({
    ...environment,
    strategyConfig: new ConfigReader({}),
    strategyKeyPrefix: 'environments.prod.rollback.kubernetes',
  });
  const live = clusters.get('shop-cluster');
  if (live?.airGapped !== false) {
    throw new Error('expected a live cluster');
  }
  return {
    server,
    strategy,
    workloads,
    someone: live.kubeConfig.makeApiClient(AppsV1Api),
    target: (kind, name) => rollbackTarget(kind, name),
  };
}
