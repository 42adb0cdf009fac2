import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import type { BackupSource } from '@release-readiness/plugin-release-readiness-node';
import {
  demoTls,
  fixturePath,
  KubernetesTestServer,
  loadObjects,
} from '@release-readiness/kubernetes-test-cluster';
import { readFileSync } from 'node:fs';
import { readPlatformClusters } from '../clusters/readPlatformClusters';
import { createKubernetesBackupSourceFactories } from './createKubernetesBackupSourceFactories';
import { testClusterConnection } from '../__testUtils__/testClusterConnection';

const TOKEN = 'cronjob-canary-5e0b2d';
const PREFIX = 'releaseReadiness.systems.servanda.environments.prod';
const ITEM = `${PREFIX}.backups.items.pg-dump`;
const tls = demoTls();
const signal = new AbortController().signal;

/** A backup CronJob whose Jobs carry no labels of it; the newest Job failed after a success. */
const objects = loadObjects(`
apiVersion: v1
kind: List
items:
- apiVersion: batch/v1
  kind: CronJob
  metadata: { name: postgres-backup, namespace: servanda-prod, uid: cj-1 }
  spec: { schedule: '0 0 * * *', jobTemplate: { spec: { template: { spec: { containers: [] } } } } }
  status: { lastScheduleTime: '2025-06-03T00:00:00Z', lastSuccessfulTime: '2025-06-01T00:10:00Z' }
- apiVersion: batch/v1
  kind: Job
  metadata:
    name: postgres-backup-1
    namespace: servanda-prod
    ownerReferences: [{ apiVersion: batch/v1, kind: CronJob, name: postgres-backup, uid: cj-1, controller: true }]
  status:
    startTime: '2025-06-02T00:00:00Z'
    completionTime: '2025-06-02T00:12:00Z'
    conditions: [{ type: Complete, status: 'True' }]
- apiVersion: batch/v1
  kind: Job
  metadata:
    name: postgres-backup-2
    namespace: servanda-prod
    ownerReferences: [{ apiVersion: batch/v1, kind: CronJob, name: postgres-backup, uid: cj-1, controller: true }]
  status:
    startTime: '2025-06-03T00:00:00Z'
    conditions:
    - type: Failed
      status: 'True'
      reason: BackoffLimitExceeded
      message: "Job has reached the\\nspecified backoff limit"
      lastTransitionTime: '2025-06-03T00:05:00Z'
- apiVersion: batch/v1
  kind: CronJob
  metadata: { name: cleaned-up, namespace: servanda-prod, uid: cj-2 }
  spec: { schedule: '0 0 * * *', suspend: true, jobTemplate: { spec: { template: { spec: { containers: [] } } } } }
  status: { lastSuccessfulTime: '2025-05-20T00:10:00Z' }
- apiVersion: batch/v1
  kind: CronJob
  metadata: { name: never-succeeded, namespace: servanda-prod, uid: cj-3 }
  spec: { schedule: '0 0 * * *', jobTemplate: { spec: { template: { spec: { containers: [] } } } } }
- apiVersion: batch/v1
  kind: Job
  metadata:
    name: never-succeeded-1
    namespace: servanda-prod
    ownerReferences: [{ apiVersion: batch/v1, kind: CronJob, name: never-succeeded, uid: cj-3, controller: true }]
  status: { startTime: '2025-06-03T00:00:00Z', conditions: [{ type: Failed, status: 'True', reason: DeadlineExceeded }] }
- apiVersion: batch/v1
  kind: Job
  metadata:
    name: never-succeeded-2
    namespace: servanda-prod
    ownerReferences: [{ apiVersion: batch/v1, kind: CronJob, name: never-succeeded, uid: cj-3, controller: true }]
  status: { startTime: '2025-06-04T00:00:00Z', active: 1 }
`);

describe('the kubernetes-cronjob backup source against the test API server', () => {
  let server: KubernetesTestServer;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      objects: [
        ...objects,
        ...loadObjects(
          readFileSync(fixturePath('owned-by-reference.yaml'), 'utf8'),
        ),
      ],
      token: TOKEN,
      tls,
    });
  });
  afterEach(() => server.stop());

  const connection = () => testClusterConnection(server, TOKEN);
  const factory = () =>
    createKubernetesBackupSourceFactories(
      readPlatformClusters(
        new ConfigReader({
          releaseReadiness: { clusters: { 'demo-cluster': connection() } },
        }),
        mockServices.logger.mock(),
      ),
    ).filter(f => f.type === 'kubernetes-cronjob')[0];
  const create = async (
    item: JsonObject,
    block: JsonObject = { cluster: 'demo-cluster', namespace: 'servanda-prod' },
    owner: 'platform' | 'team' = 'team',
    kind: 'backup' | 'wal-lag' | 'restore-test' = 'backup',
  ): Promise<BackupSource> =>
    factory().create({
      environment: 'prod',
      system: 'servanda',
      keyPrefix: PREFIX,
      owner,
      config: new ConfigReader(block),
      logger: mockServices.logger.mock(),
      item: 'pg-dump',
      kind,
      itemConfig: new ConfigReader({ source: 'kubernetes-cronjob', ...item }),
      itemKeyPrefix: ITEM,
    });

  it('takes the later of lastSuccessfulTime and the succeeded Jobs, and the newest Job, failed after that success, as the last run', async () => {
    const source = await create({ cronJob: 'postgres-backup' });
    expect(source.key).toBe(
      'kubernetes:demo-cluster/servanda-prod/cronjob/postgres-backup',
    );
    expect(source.name).toBe(source.key);
    expect(source.rateLimitGroup).toBe('kubernetes-cluster:demo-cluster');

    const observation = await source.observe({ signal });

    expect(observation).toEqual({
      lastSuccessAt: '2025-06-02T00:12:00.000Z',
      lastRun: {
        at: '2025-06-03T00:05:00.000Z',
        succeeded: false,
        detail:
          'Job postgres-backup-2 failed (BackoffLimitExceeded: Job has reached the specified backoff limit)',
      },
      detail:
        'CronJob postgres-backup: last success 2025-06-02T00:12:00.000Z (Job postgres-backup-1); Job postgres-backup-2 failed (BackoffLimitExceeded: Job has reached the specified backoff limit)',
    });
    expect(server.requests.map(r => r.path)).toEqual([
      '/apis/batch/v1/namespaces/servanda-prod/cronjobs',
      '/apis/batch/v1/namespaces/servanda-prod/jobs',
    ]);
    for (const request of server.requests) {
      expect(request.method).toBe('GET');
      expect(request.query.labelSelector).toBeUndefined();
      expect(request.query.watch).toBeUndefined();
      expect(request.authorization).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('finds the Jobs by owner reference, without labels, and never counts look-alikes', async () => {
    // owned-by-reference.yaml: the CronJob's Jobs carry only the Job controller's labels; a newer
    // successful Job of an earlier CronJob of the same name (another uid), one made by hand and
    // one in another namespace naming the same uid must not count.
    const source = await create(
      { cronJob: 'servanda-db-backup' },
      { cluster: 'demo-cluster', namespace: 'servanda-stage' },
    );
    const observation = await source.observe({ signal });
    expect(observation.lastSuccessAt).toBe('2025-05-31T23:04:00.000Z');
    expect(observation.lastRun).toEqual({
      at: '2025-06-01T23:00:00.000Z',
      succeeded: false,
      detail: 'Job servanda-db-backup-29145540 failed (BackoffLimitExceeded)',
    });
  });

  it("keeps the status's last success when the Jobs are cleaned up, and says the CronJob is suspended", async () => {
    const observation = await (
      await create({ cronJob: 'cleaned-up' })
    ).observe({
      signal,
    });
    expect(observation).toEqual({
      lastSuccessAt: '2025-05-20T00:10:00.000Z',
      detail:
        'CronJob cleaned-up: last success 2025-05-20T00:10:00.000Z; the CronJob is suspended',
    });
  });

  it('knows no success of a CronJob whose Jobs all failed or still run: no lastSuccessAt, never fresh', async () => {
    const observation = await (
      await create({ cronJob: 'never-succeeded' })
    ).observe({ signal });
    expect(observation.lastSuccessAt).toBeUndefined();
    expect(observation.lastRun).toEqual({
      at: '2025-06-03T00:00:00.000Z',
      succeeded: false,
      detail: 'Job never-succeeded-1 failed (DeadlineExceeded)',
    });
    expect(observation.detail).toBe(
      'CronJob never-succeeded has no successful run on record; Job never-succeeded-1 failed (DeadlineExceeded); Job never-succeeded-2 is running',
    );
  });

  it('fails NOT_FOUND, naming the CronJob and namespace, when there is no such CronJob', async () => {
    const source = await create({ cronJob: 'nightly' });
    await expect(source.observe({ signal })).rejects.toMatchObject({
      name: 'SourceUnavailableError',
      type: 'NOT_FOUND',
      message: 'CronJob nightly not found in servanda-prod',
    });
    expect(server.requests.map(r => r.path)).toEqual([
      '/apis/batch/v1/namespaces/servanda-prod/cronjobs',
    ]);
  });

  it('turns an HTTP error into a typed source error that names the resource, not the body or the token', async () => {
    const source = await create({ cronJob: 'postgres-backup' });
    await server.setFault({ type: 'status', status: 403 });
    const error = await source.observe({ signal }).catch(e => e);
    expect(error).toMatchObject({
      type: 'FORBIDDEN',
      message:
        'Not allowed to list cronjobs in namespace servanda-prod (HTTP 403); grant the reader list access',
    });
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it("reads a platform-owned block's own connection, keyed by its system and environment", async () => {
    const source = await create(
      { cronJob: 'postgres-backup' },
      {
        kubernetes: {
          cluster: 'eu-1',
          namespace: 'servanda-prod',
          ...connection(),
        },
      },
      'platform',
    );
    expect(source.name).toBe(
      'kubernetes:eu-1/servanda-prod/cronjob/postgres-backup',
    );
    expect(source.key).toBe(`${source.name}@servanda/prod`);
    expect(source.rateLimitGroup).toBeUndefined();
    expect((await source.observe({ signal })).lastSuccessAt).toBe(
      '2025-06-02T00:12:00.000Z',
    );
  });

  it.each<[string, JsonObject, JsonObject, 'platform' | 'team', string]>([
    ['no cronJob', {}, {}, 'team', `'${ITEM}.cronJob'`],
    [
      'a cronJob that is no name',
      { cronJob: 'Postgres Backup' },
      {},
      'team',
      `'${ITEM}.cronJob': a CronJob name uses lower-case letters`,
    ],
    [
      "a team's own connection",
      { cronJob: 'postgres-backup' },
      { kubernetes: { url: 'https://10.0.0.1:6443' } },
      'team',
      `'${PREFIX}.kubernetes.url': a team's policy names a cluster`,
    ],
    [
      'a team block without cluster',
      { cronJob: 'postgres-backup' },
      { cluster: undefined, namespace: undefined },
      'team',
      `'${PREFIX}.cluster'`,
    ],
    [
      'a platform block with neither cluster nor connection',
      { cronJob: 'postgres-backup' },
      { cluster: undefined, namespace: undefined },
      'platform',
      `'${PREFIX}.cluster': a Kubernetes backup source reads the environment's cluster and namespace`,
    ],
  ])(
    'refuses to start on %s, naming the key',
    async (_name, item, block, owner, expected) => {
      const merged = JSON.parse(
        JSON.stringify({
          cluster: 'demo-cluster',
          namespace: 'servanda-prod',
          ...block,
        }),
      );
      await expect(create(item, merged, owner)).rejects.toThrow(
        `Invalid configuration at ${expected}`,
      );
    },
  );

  it('refuses a wal-lag item, naming its kind', async () => {
    await expect(
      create({ cronJob: 'postgres-backup' }, undefined, 'team', 'wal-lag'),
    ).rejects.toThrow(
      `Invalid configuration at '${ITEM}.kind': the kubernetes-cronjob source observes backup runs, not a lag`,
    );
  });
});
