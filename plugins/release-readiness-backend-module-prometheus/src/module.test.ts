import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  BackupSourceFactory,
  releaseReadinessBackupSourcesExtensionPoint,
  releaseReadinessSlaSourcesExtensionPoint,
  SlaSourceFactory,
} from '@release-readiness/plugin-release-readiness-node';
import { releaseReadinessModulePrometheus } from './module';

describe('releaseReadinessModulePrometheus', () => {
  const start = (data: object) => {
    const sla: SlaSourceFactory[] = [];
    const backups: BackupSourceFactory[] = [];
    const started = startTestBackend({
      extensionPoints: [
        [
          releaseReadinessSlaSourcesExtensionPoint,
          { addSlaSource: (...f: SlaSourceFactory[]) => sla.push(...f) },
        ],
        [
          releaseReadinessBackupSourcesExtensionPoint,
          {
            addBackupSource: (...f: BackupSourceFactory[]) =>
              backups.push(...f),
          },
        ],
      ],
      features: [
        releaseReadinessModulePrometheus,
        mockServices.rootConfig.factory({ data }),
      ],
    });
    return { started, sla, backups };
  };

  it('registers the prometheus SLA and backup sources through the extension points', async () => {
    const { started, sla, backups } = start({
      releaseReadiness: {
        prometheus: { servers: { main: { url: 'http://127.0.0.1:9090' } } },
      },
    });
    await started;
    expect(sla.map(f => f.type)).toEqual(['prometheus']);
    expect(backups.map(f => f.type)).toEqual(['prometheus']);
  });

  it('refuses to start with a bad server, naming the key and never the secret', async () => {
    const { started } = start({
      releaseReadiness: {
        prometheus: {
          servers: {
            main: {
              url: 'https://board:hunter2@prometheus.example',
              auth: { type: 'basic', username: 'board', password: 'hunter2' },
            },
          },
        },
      },
    });
    const error = await started.catch(e => e);
    expect(String(error?.message)).toContain(
      "Invalid configuration at 'releaseReadiness.prometheus.servers.main.url': must not carry credentials",
    );
    expect(String(error?.message)).not.toContain('hunter2');
  });
});
