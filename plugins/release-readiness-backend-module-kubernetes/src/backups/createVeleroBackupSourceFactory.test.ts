import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import type { BackupSource } from '@release-readiness/plugin-release-readiness-node';
import {
  demoTls,
  KubernetesTestServer,
  loadObjects,
  StoredObject,
} from '@release-readiness/kubernetes-test-cluster';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPlatformClusters } from '../clusters/readPlatformClusters';
import { createKubernetesBackupSourceFactories } from './createKubernetesBackupSourceFactories';
import { testClusterConnection } from '../__testUtils__/testClusterConnection';

const TOKEN = 'velero-canary-91c3aa';
const PREFIX = 'releaseReadiness.systems.servanda.environments.prod';
const ITEM = `${PREFIX}.backups.items.velero-daily`;
const tls = demoTls();
const signal = new AbortController().signal;

/** One Backup of schedule daily in namespace velero. */
function backup(name: string, status: JsonObject): StoredObject {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name,
      namespace: 'velero',
      creationTimestamp: '2025-06-01T00:59:59Z',
      labels: { 'velero.io/schedule-name': 'daily' },
    },
    status,
  };
}

/** A Velero series in every phase, a newer backup of another schedule and of another namespace. */
const series = loadObjects(`
apiVersion: v1
kind: List
items:
- apiVersion: velero.io/v1
  kind: Backup
  metadata: { name: daily-20250601010000, namespace: velero, labels: { velero.io/schedule-name: daily } }
  status: { phase: Completed, startTimestamp: '2025-06-01T01:00:00Z', completionTimestamp: '2025-06-01T01:14:00Z' }
- apiVersion: velero.io/v1
  kind: Backup
  metadata: { name: daily-20250602010000, namespace: velero, labels: { velero.io/schedule-name: daily } }
  status: { phase: PartiallyFailed, startTimestamp: '2025-06-02T01:00:00Z', completionTimestamp: '2025-06-02T01:20:00Z', errors: 2 }
- apiVersion: velero.io/v1
  kind: Backup
  metadata: { name: daily-20250603010000, namespace: velero, labels: { velero.io/schedule-name: daily } }
  status: { phase: Failed, startTimestamp: '2025-06-03T01:00:00Z', completionTimestamp: '2025-06-03T01:05:00Z' }
- apiVersion: velero.io/v1
  kind: Backup
  metadata: { name: daily-20250604010000, namespace: velero, labels: { velero.io/schedule-name: daily } }
  status: { phase: InProgress, startTimestamp: '2025-06-04T01:00:00Z' }
- apiVersion: velero.io/v1
  kind: Backup
  metadata: { name: weekly-20250605010000, namespace: velero, labels: { velero.io/schedule-name: weekly } }
  status: { phase: Completed, startTimestamp: '2025-06-05T01:00:00Z', completionTimestamp: '2025-06-05T01:30:00Z' }
- apiVersion: velero.io/v1
  kind: Backup
  metadata: { name: daily-20250606010000, namespace: backup-system, labels: { velero.io/schedule-name: daily } }
  status: { phase: Completed, startTimestamp: '2025-06-06T01:00:00Z', completionTimestamp: '2025-06-06T01:10:00Z' }
`);

describe('the velero backup source against the test API server', () => {
  let server: KubernetesTestServer;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      objects: series,
      token: TOKEN,
      tls,
    });
  });
  afterEach(() => server.stop());

  const connection = () => testClusterConnection(server, TOKEN);
  const create = async (
    item: JsonObject,
    options: {
      owner?: 'platform' | 'team';
      block?: JsonObject;
      cluster?: JsonObject;
    } = {},
  ): Promise<BackupSource> => {
    const [, velero] = createKubernetesBackupSourceFactories(
      readPlatformClusters(
        new ConfigReader({
          releaseReadiness: {
            clusters: {
              'demo-cluster': { ...connection(), ...options.cluster },
            },
          },
        }),
        mockServices.logger.mock(),
      ),
    );
    return velero.create({
      environment: 'prod',
      system: 'servanda',
      keyPrefix: PREFIX,
      owner: options.owner ?? 'team',
      config: new ConfigReader(
        options.block ?? {
          cluster: 'demo-cluster',
          namespace: 'servanda-prod',
        },
      ),
      logger: mockServices.logger.mock(),
      item: 'velero-daily',
      kind: 'backup',
      itemConfig: new ConfigReader({ source: 'velero', ...item }),
      itemKeyPrefix: ITEM,
    });
  };

  it("counts only Completed backups of the schedule, through the custom objects API in Velero's namespace; the newest finished one is the last run", async () => {
    const source = await create({ schedule: 'daily' });
    expect(source.name).toBe(
      'kubernetes:demo-cluster/velero/backups.velero.io/velero.io/schedule-name=daily',
    );

    const observation = await source.observe({ signal });

    expect(observation).toEqual({
      lastSuccessAt: '2025-06-01T01:14:00.000Z',
      lastRun: {
        at: '2025-06-03T01:05:00.000Z',
        succeeded: false,
        detail: 'Velero backup daily-20250603010000 (Failed)',
      },
      detail:
        'Velero backup daily-20250601010000 (Completed); last run Velero backup daily-20250603010000 (Failed); Velero backup daily-20250604010000 (InProgress) is running',
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      method: 'GET',
      path: '/apis/velero.io/v1/namespaces/velero/backups',
      authorization: `Bearer ${TOKEN}`,
    });
    expect(server.requests[0].query).toMatchObject({
      labelSelector: 'velero.io/schedule-name=daily',
    });
  });

  it.each<[string, string, boolean]>([
    ['Completed', 'counts', true],
    ['PartiallyFailed', 'never counts', false],
    ['Failed', 'never counts', false],
    ['FailedValidation', 'never counts', false],
  ])('a %s backup %s as a success', async (phase, _says, success) => {
    server.setObjects([
      backup('only', {
        phase,
        startTimestamp: '2025-06-01T01:00:00Z',
        completionTimestamp: '2025-06-01T01:14:00Z',
      }),
    ]);
    const observation = await (
      await create({ schedule: 'daily' })
    ).observe({
      signal,
    });
    expect(observation.lastSuccessAt).toBe(
      success ? '2025-06-01T01:14:00.000Z' : undefined,
    );
    expect(observation.lastRun).toEqual({
      at: '2025-06-01T01:14:00.000Z',
      succeeded: success,
      detail: `Velero backup only (${phase})`,
    });
    expect(observation.detail).toBe(
      success
        ? 'Velero backup only (Completed)'
        : `No completed Velero backup of schedule daily in namespace velero; last run Velero backup only (${phase})`,
    );
  });

  it('knows neither a success nor a run while the only backup is in progress', async () => {
    server.setObjects([
      backup('only', {
        phase: 'InProgress',
        startTimestamp: '2025-06-01T01:00:00Z',
      }),
    ]);
    expect(
      await (await create({ schedule: 'daily' })).observe({ signal }),
    ).toEqual({
      detail:
        'No completed Velero backup of schedule daily in namespace velero; Velero backup only (InProgress) is running',
    });
  });

  it('adds the label selector to the schedule, and reads the namespace the platform set for the cluster', async () => {
    const source = await create(
      {
        schedule: 'daily',
        labelSelector: 'velero.io/storage-location!=offsite',
      },
      { cluster: { veleroNamespace: 'backup-system' } },
    );
    const observation = await source.observe({ signal });
    expect(observation.lastSuccessAt).toBe('2025-06-06T01:10:00.000Z');
    expect(server.requests[0].path).toBe(
      '/apis/velero.io/v1/namespaces/backup-system/backups',
    );
    expect(server.requests[0].query.labelSelector).toBe(
      'velero.io/schedule-name=daily,velero.io/storage-location!=offsite',
    );
  });

  it.each<['platform' | 'team', string, string | undefined]>([
    ['team', 'kube-system', undefined],
    ['team', 'velero', 'backup-system'],
    ['platform', 'kube-system', undefined],
  ])(
    "refuses a %s item that names another namespace (%s) than the cluster's Velero namespace",
    async (owner, namespace, veleroNamespace) => {
      const allowed = veleroNamespace ?? 'velero';
      const item = { schedule: 'daily', namespace };
      const cluster = veleroNamespace ? { veleroNamespace } : {};
      await expect(create(item, { owner, cluster })).rejects.toThrow(
        `Invalid configuration at '${ITEM}.namespace': cluster 'demo-cluster' lets backup items read Velero backups only in namespace '${allowed}' (releaseReadiness.clusters.demo-cluster.veleroNamespace)`,
      );
    },
  );

  it("reads the item's namespace with a platform-owned block's own connection", async () => {
    const source = await create(
      { schedule: 'daily', namespace: 'backup-system' },
      {
        owner: 'platform',
        block: {
          kubernetes: {
            cluster: 'eu-1',
            namespace: 'servanda-prod',
            ...connection(),
          },
        },
      },
    );
    expect((await source.observe({ signal })).lastSuccessAt).toBe(
      '2025-06-06T01:10:00.000Z',
    );
    expect(source.key).toBe(
      'kubernetes:eu-1/backup-system/backups.velero.io/velero.io/schedule-name=daily@servanda/prod',
    );
  });

  it.each<[string, JsonObject, string]>([
    [
      'neither schedule nor label selector',
      {},
      `'${ITEM}.schedule': name the Velero schedule (or a labelSelector) whose backups count`,
    ],
    [
      'a schedule that is no name',
      { schedule: 'Daily Backup' },
      `'${ITEM}.schedule'`,
    ],
    [
      'a malformed label selector',
      { labelSelector: 'a b' },
      `'${ITEM}.labelSelector': is not a valid label selector: term 1`,
    ],
    [
      'a namespace that cannot exist',
      { schedule: 'daily', namespace: 'Velero_1' },
      `'${ITEM}.namespace'`,
    ],
  ])(
    'refuses to start on %s, naming the key',
    async (_name, item, expected) => {
      await expect(create(item)).rejects.toThrow(
        `Invalid configuration at ${expected}`,
      );
    },
  );

  it('is unavailable, BAD_RESPONSE, when the answer is no list of Velero Backups', async () => {
    server.setObjects([backup('odd', { phase: 'Completed', errors: 'many' })]);
    await expect(
      (await create({ schedule: 'daily' })).observe({ signal }),
    ).rejects.toMatchObject({
      type: 'BAD_RESPONSE',
      message:
        'The API server answered a list of backups.velero.io in namespace velero that is not a list of Velero Backups',
    });
  });

  it('reads the demo series: the newest Completed backup of servanda-daily is the last success', async () => {
    server.setObjects(
      loadObjects(
        readFileSync(
          resolve(__dirname, '../../../../examples/demo-cluster/backups.yaml'),
          'utf8',
        ),
      ),
    );
    const observation = await (
      await create({ schedule: 'servanda-daily' })
    ).observe({ signal });
    expect(observation).toMatchObject({
      lastSuccessAt: '2025-06-02T01:14:23.000Z',
      lastRun: { at: '2025-06-02T01:14:23.000Z', succeeded: true },
    });
  });
});
