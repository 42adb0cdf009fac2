import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import type { BackupSource } from '@release-readiness/plugin-release-readiness-node';
import {
  demoTls,
  KubernetesTestServer,
  loadObjects,
} from '@release-readiness/kubernetes-test-cluster';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPlatformClusters } from '../clusters/readPlatformClusters';
import { createKubernetesBackupSourceFactories } from './createKubernetesBackupSourceFactories';
import { testClusterConnection } from '../__testUtils__/testClusterConnection';

const TOKEN = 'restore-canary-4d7e10';
const PREFIX = 'releaseReadiness.systems.servanda.environments.prod';
const ITEM = `${PREFIX}.backups.restoreTest`;
const SELECTOR = 'app.kubernetes.io/component=restore-test';
const tls = demoTls();
const signal = new AbortController().signal;

/** Restore-test Jobs (two passed, the newest failed), and Jobs they must not be mixed up with. */
const objects = loadObjects(`
apiVersion: v1
kind: List
items:
- apiVersion: batch/v1
  kind: Job
  metadata: { name: restore-test-may-1, namespace: servanda-prod, labels: { app.kubernetes.io/component: restore-test } }
  status: { startTime: '2025-05-01T03:00:00Z', completionTime: '2025-05-01T03:40:00Z', conditions: [{ type: Complete, status: 'True' }] }
- apiVersion: batch/v1
  kind: Job
  metadata: { name: restore-test-may-15, namespace: servanda-prod, labels: { app.kubernetes.io/component: restore-test } }
  status: { startTime: '2025-05-15T03:00:00Z', completionTime: '2025-05-15T03:35:00Z', conditions: [{ type: SuccessCriteriaMet, status: 'True' }, { type: Complete, status: 'True' }] }
- apiVersion: batch/v1
  kind: Job
  metadata: { name: restore-test-may-29, namespace: servanda-prod, labels: { app.kubernetes.io/component: restore-test } }
  status:
    startTime: '2025-05-29T03:00:00Z'
    conditions: [{ type: Failed, status: 'True', reason: BackoffLimitExceeded, message: Job has reached the specified backoff limit, lastTransitionTime: '2025-05-29T03:10:00Z' }]
- apiVersion: batch/v1
  kind: Job
  metadata: { name: migrate-db, namespace: servanda-prod, labels: { app.kubernetes.io/component: migration } }
  status: { startTime: '2025-06-01T03:00:00Z', completionTime: '2025-06-01T03:01:00Z', conditions: [{ type: Complete, status: 'True' }] }
- apiVersion: batch/v1
  kind: Job
  metadata: { name: restore-test-stage, namespace: servanda-stage, labels: { app.kubernetes.io/component: restore-test } }
  status: { startTime: '2025-06-01T03:00:00Z', completionTime: '2025-06-01T03:30:00Z', conditions: [{ type: Complete, status: 'True' }] }
`);

describe('the kubernetes-job backup source (restore tests) against the test API server', () => {
  let server: KubernetesTestServer;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({ objects, token: TOKEN, tls });
  });
  afterEach(() => server.stop());

  const create = async (
    item: JsonObject,
    kind: 'backup' | 'wal-lag' | 'restore-test' = 'restore-test',
  ): Promise<BackupSource> => {
    const [, , jobs] = createKubernetesBackupSourceFactories(
      readPlatformClusters(
        new ConfigReader({
          releaseReadiness: {
            clusters: {
              'demo-cluster': testClusterConnection(server, TOKEN),
            },
          },
        }),
        mockServices.logger.mock(),
      ),
    );
    expect(jobs.type).toBe('kubernetes-job');
    return jobs.create({
      environment: 'prod',
      system: 'servanda',
      keyPrefix: PREFIX,
      owner: 'team',
      config: new ConfigReader({
        cluster: 'demo-cluster',
        namespace: 'servanda-prod',
      }),
      logger: mockServices.logger.mock(),
      item: 'restore-test',
      kind,
      itemConfig: new ConfigReader({
        maxAge: 'P30D',
        source: 'kubernetes-job',
        ...item,
      }),
      itemKeyPrefix: ITEM,
    });
  };

  it("takes the newest succeeded Job of the label in the environment's namespace as the last restore test, and a newer failed one as the last run", async () => {
    const source = await create({ labelSelector: SELECTOR });
    expect(source.name).toBe(
      `kubernetes:demo-cluster/servanda-prod/jobs/${SELECTOR}`,
    );
    expect(await source.observe({ signal })).toEqual({
      lastSuccessAt: '2025-05-15T03:35:00.000Z',
      lastRun: {
        at: '2025-05-29T03:10:00.000Z',
        succeeded: false,
        detail:
          'Job restore-test-may-29 failed (BackoffLimitExceeded: Job has reached the specified backoff limit)',
      },
      detail:
        'Job restore-test-may-15 succeeded at 2025-05-15T03:35:00.000Z; Job restore-test-may-29 failed (BackoffLimitExceeded: Job has reached the specified backoff limit)',
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      path: '/apis/batch/v1/namespaces/servanda-prod/jobs',
      authorization: `Bearer ${TOKEN}`,
    });
    expect(server.requests[0].query.labelSelector).toBe(SELECTOR);
  });

  it('knows no restore test when no Job of the label succeeded', async () => {
    const observation = await (
      await create({
        labelSelector: `${SELECTOR},app.kubernetes.io/name=nightly`,
      })
    ).observe({ signal });
    expect(observation).toEqual({
      detail: `No succeeded Job with labels ${SELECTOR},app.kubernetes.io/name=nightly in servanda-prod`,
    });
  });

  it('reads the demo restore tests: the succeeded one after an older failure', async () => {
    server.setObjects(
      loadObjects(
        readFileSync(
          resolve(__dirname, '../../../../examples/demo-cluster/backups.yaml'),
          'utf8',
        ),
      ),
    );
    expect(
      await (await create({ labelSelector: SELECTOR })).observe({ signal }),
    ).toMatchObject({
      lastSuccessAt: '2025-05-26T03:42:00.000Z',
      lastRun: { at: '2025-05-26T03:42:00.000Z', succeeded: true },
    });
  });

  it.each<[string, JsonObject, string]>([
    ['no label selector', {}, `'${ITEM}.labelSelector'`],
    [
      'a malformed label selector',
      { labelSelector: 'app.kubernetes.io/component in restore-test' },
      `'${ITEM}.labelSelector': is not a valid label selector: term 1`,
    ],
  ])(
    'refuses to start on %s, naming the key',
    async (_name, item, expected) => {
      await expect(create(item)).rejects.toThrow(
        `Invalid configuration at ${expected}`,
      );
    },
  );

  it('refuses a wal-lag item, naming its kind', async () => {
    await expect(
      create({ labelSelector: SELECTOR }, 'wal-lag'),
    ).rejects.toThrow(`Invalid configuration at '${ITEM}.kind'`);
  });
});
