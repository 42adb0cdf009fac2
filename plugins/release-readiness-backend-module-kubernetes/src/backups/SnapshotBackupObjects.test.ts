import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import type { BackupSource } from '@release-readiness/plugin-release-readiness-node';
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPlatformClusters } from '../clusters/readPlatformClusters';
import { createKubernetesBackupSourceFactories } from './createKubernetesBackupSourceFactories';

const SNAPSHOT = resolve(
  __dirname,
  '../../../../examples/snapshots/prod-onprem.yaml',
);
const TAKEN_AT = '2025-06-02T14:05:00+02:00';
const PREFIX = 'releaseReadiness.systems.servanda.environments.prod-onprem';
const signal = new AbortController().signal;
const OFFLINE = `offline snapshot as of ${TAKEN_AT}`;

describe('the Kubernetes backup sources on an air-gapped cluster (offline snapshot)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rr-backup-snapshot-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function factories(snapshot = SNAPSHOT, cluster: JsonObject = {}) {
    return createKubernetesBackupSourceFactories(
      readPlatformClusters(
        new ConfigReader({
          releaseReadiness: {
            clusters: {
              'onprem-1': {
                airGapped: true,
                snapshots: { 'servanda-prod': snapshot },
                takenAt: TAKEN_AT,
                ...cluster,
              },
            },
          },
        }),
        mockServices.logger.mock(),
      ),
    );
  }

  async function create(
    type: string,
    item: JsonObject,
    options: {
      snapshot?: string;
      cluster?: JsonObject;
      block?: JsonObject;
    } = {},
  ): Promise<BackupSource> {
    const factory = factories(options.snapshot, options.cluster).find(
      f => f.type === type,
    );
    if (!factory) throw new Error(`no factory ${type}`);
    return factory.create({
      environment: 'prod-onprem',
      system: 'servanda',
      keyPrefix: PREFIX,
      owner: options.block ? 'platform' : 'team',
      config: new ConfigReader(
        options.block ?? { cluster: 'onprem-1', namespace: 'servanda-prod' },
      ),
      logger: mockServices.logger.mock(),
      item: 'db',
      kind: 'backup',
      itemConfig: new ConfigReader({ source: type, ...item }),
      itemKeyPrefix: `${PREFIX}.backups.items.db`,
    });
  }

  it("reads the CronJob and its Jobs from the snapshot, as of the cluster's takenAt", async () => {
    const source = await create('kubernetes-cronjob', {
      cronJob: 'servanda-db-backup',
    });
    expect(source.name).toBe(
      'snapshot:onprem-1/servanda-prod/cronjob/servanda-db-backup',
    );
    expect(await source.observe({ signal })).toEqual({
      lastSuccessAt: '2025-05-30T23:25:00.000Z',
      lastRun: {
        at: '2025-06-01T23:30:00.000Z',
        succeeded: false,
        detail:
          'Job servanda-db-backup-29146980 failed (BackoffLimitExceeded: Job has reached the specified backoff limit)',
      },
      takenAt: TAKEN_AT,
      detail: `CronJob servanda-db-backup: last success 2025-05-30T23:25:00.000Z (Job servanda-db-backup-29144100); Job servanda-db-backup-29146980 failed (BackoffLimitExceeded: Job has reached the specified backoff limit); ${OFFLINE}`,
    });
  });

  it('reads the Velero Backups appended to the snapshot: only Completed counts', async () => {
    const source = await create('velero', { schedule: 'servanda-daily' });
    expect(source.name).toBe(
      'snapshot:onprem-1/velero/backups.velero.io/velero.io/schedule-name=servanda-daily',
    );
    expect(await source.observe({ signal })).toEqual({
      lastSuccessAt: '2025-06-01T01:15:47.000Z',
      lastRun: {
        at: '2025-06-02T01:24:30.000Z',
        succeeded: false,
        detail:
          'Velero backup servanda-daily-20250602010000 (PartiallyFailed, 3 errors)',
      },
      takenAt: TAKEN_AT,
      detail: `Velero backup servanda-daily-20250601010000 (Completed); last run Velero backup servanda-daily-20250602010000 (PartiallyFailed, 3 errors); ${OFFLINE}`,
    });
  });

  it("reads the restore-test Jobs of the label from the snapshot's namespace", async () => {
    const observation = await (
      await create('kubernetes-job', {
        labelSelector: 'app.kubernetes.io/component=restore-test',
      })
    ).observe({ signal });
    expect(observation).toMatchObject({
      lastSuccessAt: '2025-05-21T03:39:00.000Z',
      lastRun: { at: '2025-05-21T03:39:00.000Z', succeeded: true },
      takenAt: TAKEN_AT,
    });
  });

  it("filters by the cluster's Velero namespace and the label selector as the API server would, and knows nothing without Backups", async () => {
    const path = join(dir, 'snapshot.yaml');
    writeFileSync(
      path,
      `apiVersion: v1
kind: List
items:
- apiVersion: velero.io/v1
  kind: Backup
  metadata: { name: a, namespace: velero, labels: { velero.io/schedule-name: servanda-daily } }
  status: { phase: Completed, completionTimestamp: 2025-06-01T01:10:00Z }
- apiVersion: velero.io/v1
  kind: Backup
  metadata: { name: b, namespace: backup-system, labels: { velero.io/schedule-name: servanda-daily, tier: gold } }
  status: { phase: Completed, completionTimestamp: '2025-05-01T01:10:00Z' }
- apiVersion: velero.io/v1
  kind: Backup
  metadata: { name: c, namespace: backup-system, labels: { velero.io/schedule-name: servanda-daily } }
  status: { phase: Completed, completionTimestamp: '2025-05-20T01:10:00Z' }
`,
    );
    const inVelero = await create(
      'velero',
      { schedule: 'servanda-daily' },
      { snapshot: path },
    );
    // An unquoted time is a YAML timestamp (a Date once parsed); it still counts.
    expect((await inVelero.observe({ signal })).lastSuccessAt).toBe(
      '2025-06-01T01:10:00.000Z',
    );
    const gold = await create(
      'velero',
      { schedule: 'servanda-daily', labelSelector: 'tier in (gold, silver)' },
      { snapshot: path, cluster: { veleroNamespace: 'backup-system' } },
    );
    expect((await gold.observe({ signal })).lastSuccessAt).toBe(
      '2025-05-01T01:10:00.000Z',
    );

    const none = await create(
      'velero',
      { schedule: 'other' },
      { snapshot: path },
    );
    expect(await none.observe({ signal })).toEqual({
      takenAt: TAKEN_AT,
      detail: `No completed Velero backup of schedule other in namespace velero; ${OFFLINE}`,
    });
  });

  it('re-reads the file when it changes, and is unavailable, quoting nothing, when it breaks or disappears', async () => {
    const path = join(dir, 'prod.yaml');
    copyFileSync(SNAPSHOT, path);
    const source = await create(
      'kubernetes-cronjob',
      { cronJob: 'servanda-db-backup' },
      { snapshot: path },
    );
    expect((await source.observe({ signal })).lastSuccessAt).toBe(
      '2025-05-30T23:25:00.000Z',
    );

    writeFileSync(
      path,
      readFileSync(SNAPSHOT, 'utf8').replace(
        "lastSuccessfulTime: '2025-05-30T23:25:00Z'",
        "lastSuccessfulTime: '2025-06-02T23:25:00Z'",
      ),
    );
    utimesSync(path, new Date(3_000_000), new Date(3_000_000));
    expect((await source.observe({ signal })).lastSuccessAt).toBe(
      '2025-06-02T23:25:00.000Z',
    );

    writeFileSync(
      path,
      'apiVersion: v1\nkind: List\nitems: [ { kind: secret-value ',
    );
    const broken = await source.observe({ signal }).catch(e => e);
    expect(broken).toMatchObject({
      name: 'SourceUnavailableError',
      type: 'BAD_RESPONSE',
    });
    expect(broken.message).not.toContain('secret-value');

    // A malformed Velero Backup fails the velero items only; the CronJob is still read.
    writeFileSync(
      path,
      `${readFileSync(SNAPSHOT, 'utf8')}---
apiVersion: velero.io/v1
kind: Backup
metadata: { name: x, namespace: velero }
status: { phase: Completed, errors: secret-value }
`,
    );
    utimesSync(path, new Date(4_000_000), new Date(4_000_000));
    const invalid = await (
      await create('velero', { schedule: 'daily' }, { snapshot: path })
    )
      .observe({ signal })
      .catch(e => e);
    expect(invalid).toMatchObject({
      type: 'BAD_RESPONSE',
      message: `The snapshot file ${path} has an invalid Velero Backup (number 4 in the file)`,
    });
    expect((await source.observe({ signal })).lastSuccessAt).toBe(
      '2025-05-30T23:25:00.000Z',
    );

    rmSync(path);
    await expect(source.observe({ signal })).rejects.toMatchObject({
      type: 'NOT_FOUND',
      message: 'The snapshot file cannot be read (ENOENT)',
    });
  });

  it("reads a platform-owned block's own snapshot file, as of its modification time", async () => {
    const path = join(dir, 'legacy.yaml');
    copyFileSync(SNAPSHOT, path);
    const taken = new Date('2025-06-02T12:05:00Z');
    utimesSync(path, taken, taken);
    const source = await create(
      'kubernetes-job',
      { labelSelector: 'app.kubernetes.io/component=restore-test' },
      {
        block: {
          kubernetes: {
            cluster: 'onprem-1',
            namespace: 'servanda-prod',
            airGapped: true,
          },
          workloads: { source: 'snapshot', path },
        },
      },
    );
    expect(source.key).toBe(
      'snapshot:onprem-1/servanda-prod/jobs/app.kubernetes.io/component=restore-test@servanda/prod-onprem',
    );
    expect(await source.observe({ signal })).toMatchObject({
      lastSuccessAt: '2025-05-21T03:39:00.000Z',
      takenAt: '2025-06-02T12:05:00.000Z',
    });
  });

  it("refuses a platform-owned snapshot file without the environment's namespace, naming the key", async () => {
    await expect(
      create(
        'kubernetes-job',
        { labelSelector: 'app.kubernetes.io/component=restore-test' },
        { block: { workloads: { source: 'snapshot', path: SNAPSHOT } } },
      ),
    ).rejects.toThrow(
      `Invalid configuration at '${PREFIX}.kubernetes.namespace'`,
    );
  });
});
