import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { VersionMatcher } from '@release-readiness/plugin-release-readiness-common';
import type { RollbackStrategyFactory } from '@release-readiness/plugin-release-readiness-node';
import {
  demoTls,
  KubernetesTestServer,
} from '@release-readiness/kubernetes-test-cluster';
import { resolve } from 'node:path';
import { readPlatformClusters } from '../../clusters/readPlatformClusters';
import { createKubernetesRollbackStrategyFactory } from '../createKubernetesRollbackStrategyFactory';
import { deploymentFixtures } from './rollbackFixtures';
import { testClusterConnection } from '../../__testUtils__/testClusterConnection';

/** The token of the factory tests' cluster: it must never appear in an answer or an error. */
export const FACTORY_TOKEN = 'factory-canary-token-0b7d41';

/** The air-gapped snapshot of platform cluster `onprem`. */
export const SNAPSHOT = resolve(
  __dirname,
  '../../../../../examples/snapshots/prod-onprem.yaml',
);

/** How {@link FactoryCluster.create} creates a strategy. */
export interface CreateOptions {
  owner?: 'team' | 'platform';
  strategy?: JsonObject;
  environment?: string;
}

/** The test server of the current test and the strategy factory on it. */
export interface FactoryCluster {
  /** The Kubernetes API test server of the current test. */
  readonly server: KubernetesTestServer;
  /** A new factory on platform clusters `shop-cluster` (the server) and `onprem` (air-gapped). */
  factory(): RollbackStrategyFactory;
  /**
   * The strategy of system `shop` in an environment (`prod` unless told) with `block`, as the
   * factory creates it (a refused block throws at once).
   */
  create(
    block: JsonObject,
    options?: CreateOptions,
  ): ReturnType<RollbackStrategyFactory['create']>;
}

/**
 * Starts, before each test of the enclosing `describe`, the Kubernetes API test server over HTTPS
 * with the Deployment fixtures and {@link FACTORY_TOKEN}, and stops it after each test.
 */
export function useFactoryCluster(): FactoryCluster {
  let current: KubernetesTestServer | undefined;
  beforeEach(async () => {
    current = await KubernetesTestServer.start({
      objects: deploymentFixtures(),
      token: FACTORY_TOKEN,
      tls: demoTls(),
    });
  });
  afterEach(() => current?.stop());

  const server = () => {
    if (!current) throw new Error('the test server runs only during a test');
    return current;
  };
  const factory = () =>
    createKubernetesRollbackStrategyFactory(
      readPlatformClusters(
        new ConfigReader({
          releaseReadiness: {
            clusters: {
              'shop-cluster': testClusterConnection(server(), FACTORY_TOKEN),
              onprem: {
                airGapped: true,
                snapshots: { 'servanda-prod': SNAPSHOT },
              },
            },
          },
        }),
        mockServices.logger.mock(),
      ),
      new VersionMatcher(),
    );
  return {
    get server() {
      return server();
    },
    factory,
    create: (block, options = {}) =>
      factory().create({
        environment: options.environment ?? 'prod',
        system: 'shop',
        keyPrefix: 'environments.prod',
        owner: options.owner ?? 'team',
        config: new ConfigReader(block),
        logger: mockServices.logger.mock(),
        strategyConfig: new ConfigReader(options.strategy ?? {}),
        strategyKeyPrefix: 'environments.prod.rollback.kubernetes',
      }),
  };
}
