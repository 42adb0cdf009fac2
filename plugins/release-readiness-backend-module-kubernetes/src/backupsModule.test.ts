import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import {
  BackupSourceFactory,
  releaseReadinessBackupSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import type { KubernetesTestServer } from '@release-readiness/kubernetes-test-cluster';
import { startDemoCluster } from './__testUtils__/startDemoCluster';
import { startModuleCollecting } from './__testUtils__/startModuleCollecting';
import { testClusterConnection } from './__testUtils__/testClusterConnection';
import { releaseReadinessModuleKubernetesBackups } from './backupsModule';

const TOKEN = 'backups-module-canary-8a2f';

/** Starts the module with the extension point the backend provides; returns what it added. */
const startModule = (releaseReadiness: JsonObject) =>
  startModuleCollecting({
    module: releaseReadinessModuleKubernetesBackups,
    extensionPoint: releaseReadinessBackupSourcesExtensionPoint,
    collect: (add: (...factories: BackupSourceFactory[]) => void) => ({
      addBackupSource: add,
    }),
    releaseReadiness,
  });

describe('the kubernetes-backups module', () => {
  let server: KubernetesTestServer;
  beforeAll(async () => {
    server = await startDemoCluster('backups.yaml', TOKEN);
  });
  afterAll(() => server.stop());

  it("adds the kubernetes-cronjob, velero and kubernetes-job backup sources, reading the platform's clusters", async () => {
    const factories = await startModule({
      clusters: {
        'demo-cluster': testClusterConnection(server, TOKEN),
      },
    });
    expect(factories.map(f => f.type)).toEqual([
      'kubernetes-cronjob',
      'velero',
      'kubernetes-job',
    ]);
    const velero = await factories[1].create({
      environment: 'prod',
      system: 'servanda',
      keyPrefix: 'environments.prod',
      owner: 'team',
      config: new ConfigReader({
        cluster: 'demo-cluster',
        namespace: 'servanda-prod',
      }),
      logger: mockServices.logger.mock(),
      item: 'velero-daily',
      kind: 'backup',
      itemConfig: new ConfigReader({
        source: 'velero',
        schedule: 'servanda-daily',
      }),
      itemKeyPrefix: 'environments.prod.backups.items.velero-daily',
    });
    const observation = await velero.observe({
      signal: new AbortController().signal,
    });
    expect(observation.lastSuccessAt).toBe('2025-06-02T01:14:23.000Z');
    expect(JSON.stringify(observation)).not.toContain(TOKEN);
  });

  it('stops start-up on an invalid cluster, naming the key', async () => {
    await expect(
      startModule({
        clusters: {
          'demo-cluster': {
            url: server.url,
            veleroNamespace: 'Velero_NS',
          },
        },
      }),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.clusters.demo-cluster.veleroNamespace'",
    );
  });
});
