import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import {
  releaseReadinessRollbackStrategiesExtensionPoint,
  RollbackStrategyFactory,
} from '@release-readiness/plugin-release-readiness-node';
import type { KubernetesTestServer } from '@release-readiness/kubernetes-test-cluster';
import { startDemoCluster } from './__testUtils__/startDemoCluster';
import { startModuleCollecting } from './__testUtils__/startModuleCollecting';
import { testClusterConnection } from './__testUtils__/testClusterConnection';
import { releaseReadinessModuleKubernetesRollback } from './rollbackModule';

const TOKEN = 'rollback-module-canary-4e1a';

/** Starts the module with the extension point the backend provides; returns what it added. */
const startModule = (releaseReadiness: JsonObject) =>
  startModuleCollecting({
    module: releaseReadinessModuleKubernetesRollback,
    extensionPoint: releaseReadinessRollbackStrategiesExtensionPoint,
    collect: (add: (...factories: RollbackStrategyFactory[]) => void) => ({
      addRollbackStrategy: add,
    }),
    releaseReadiness,
  });

describe('the kubernetes-rollback module', () => {
  let server: KubernetesTestServer;
  beforeAll(async () => {
    server = await startDemoCluster('servanda-prod.yaml', TOKEN);
  });
  afterAll(() => server.stop());

  it('adds the kubernetes strategy, on the platform’s clusters, with the configured version patterns: the demo’s revisions', async () => {
    const [factory, ...others] = await startModule({
      clusters: {
        'demo-cluster': testClusterConnection(server, TOKEN),
      },
      workloads: {
        versionPatterns: [
          {
            name: 'minio',
            pattern: '^RELEASE\\.(?<version>\\d{4}-\\d{2}-\\d{2})',
          },
          { name: 'semver', pattern: '^\\d+\\.\\d+\\.\\d+$' },
        ],
      },
    });
    expect(others).toEqual([]);
    expect(factory.type).toBe('kubernetes');
    const strategy = await factory.create({
      environment: 'prod',
      system: 'servanda',
      keyPrefix: 'environments.prod',
      owner: 'team',
      config: new ConfigReader({
        cluster: 'demo-cluster',
        namespace: 'servanda-prod',
      }),
      logger: mockServices.logger.mock(),
      strategyConfig: new ConfigReader({}),
      strategyKeyPrefix: 'environments.prod.rollback.kubernetes',
    });
    const workload = (kind: 'Deployment' | 'StatefulSet', name: string) => ({
      kind,
      name,
      namespace: 'servanda-prod',
      images: [],
      rolloutStatus: 'complete' as const,
      restarts: 0,
      managedBy: { tool: 'plain' as const },
      findings: [],
    });
    const signal = new AbortController().signal;
    const api = await strategy.revisions(
      workload('Deployment', 'servanda-api'),
      { signal },
    );
    expect(api.map(r => [r.revision, r.current, r.images[0].image])).toEqual([
      [58, true, 'ghcr.io/servanda/servanda-api:1.4.2'],
      [57, false, 'ghcr.io/servanda/servanda-api:1.4.1'],
      [56, false, 'ghcr.io/servanda/servanda-api:1.4.0'],
    ]);
    const minio = await strategy.revisions(workload('StatefulSet', 'minio'), {
      signal,
    });
    expect(minio.map(r => [r.revision, r.current, r.version])).toEqual([
      [2, true, '2025-02-28'],
      [1, false, '2025-01-20'],
    ]);
    const keycloak = await strategy.revisions(
      workload('StatefulSet', 'keycloak'),
      { signal },
    );
    expect(keycloak.map(r => r.revision)).toEqual([4, 3]);
    expect(
      await strategy.plan(workload('Deployment', 'servanda-api'), { signal }),
    ).toMatchObject({
      kind: 'ready',
      to: { revision: 57, version: '1.4.1' },
    });
    expect(server.writes).toEqual([]);
  });

  it('stops start-up on an invalid cluster, naming the key', async () => {
    await expect(
      startModule({
        clusters: {
          'demo-cluster': { url: server.url, veleroNamespace: 'Velero_NS' },
        },
      }),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.clusters.demo-cluster.veleroNamespace'",
    );
  });
});
