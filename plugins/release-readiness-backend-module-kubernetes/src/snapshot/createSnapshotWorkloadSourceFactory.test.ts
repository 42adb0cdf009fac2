import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import type { WorkloadSource } from '@release-readiness/plugin-release-readiness-node';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPlatformClusters } from '../clusters/readPlatformClusters';
import { createSnapshotWorkloadSourceFactory } from './createSnapshotWorkloadSourceFactory';

const SNAPSHOT = resolve(
  __dirname,
  '../../../../examples/snapshots/prod-onprem.yaml',
);
const PREFIX = 'releaseReadiness.systems.servanda.environments.prod-onprem';
const signal = new AbortController().signal;

describe('the snapshot factory with an air-gapped platform cluster', () => {
  let dir: string;
  let both: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rr-airgapped-'));
    // One file holding two namespaces: each environment must see only its own.
    both = join(dir, 'both.yaml');
    writeFileSync(
      both,
      `${readFileSync(SNAPSHOT, 'utf8')}
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: other-api, namespace: other }
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const factory = () =>
    createSnapshotWorkloadSourceFactory(
      readPlatformClusters(
        new ConfigReader({
          releaseReadiness: {
            clusters: {
              'onprem-1': {
                airGapped: true,
                snapshots: { 'servanda-prod': SNAPSHOT, other: both },
                takenAt: '2025-06-02T14:05:00+02:00',
              },
              'demo-cluster': { url: 'https://127.0.0.1:6443' },
            },
          },
        }),
        mockServices.logger.mock(),
      ),
    );
  const create = (block: JsonObject, owner: 'platform' | 'team' = 'team') =>
    factory().create({
      environment: 'prod-onprem',
      system: 'servanda',
      keyPrefix: PREFIX,
      owner,
      config: new ConfigReader(block),
      logger: mockServices.logger.mock(),
    }) as WorkloadSource;

  it("reads the cluster's snapshot of the environment's namespace, as of the cluster's takenAt", async () => {
    const source = create({ cluster: 'onprem-1', namespace: 'servanda-prod' });
    expect(source.name).toBe('snapshot:onprem-1/servanda-prod');
    const list = await source.listWorkloads({ signal });
    expect(list.takenAt).toBe('2025-06-02T14:05:00+02:00');
    expect(list.items.map(w => `${w.kind}/${w.name}`)).toEqual([
      'Deployment/servanda-api',
      'Deployment/servanda-export-worker',
      'Deployment/servanda-frontend',
      'StatefulSet/keycloak',
      'StatefulSet/minio',
      'DaemonSet/servanda-log-shipper',
      'CronJob/servanda-db-backup',
    ]);
  });

  it('keeps only the namespace of the environment from a file that holds more', async () => {
    const source = create({ cluster: 'onprem-1', namespace: 'other' });
    const list = await source.listWorkloads({ signal });
    expect(list.items.map(w => w.name)).toEqual(['other-api']);
  });

  it('refuses a live cluster, naming workloads.source', () => {
    expect(() =>
      create({
        cluster: 'demo-cluster',
        namespace: 'servanda-prod',
        workloads: { source: 'snapshot' },
      }),
    ).toThrow(
      `Invalid configuration at '${PREFIX}.workloads.source': cluster 'demo-cluster' is read live, not from a snapshot`,
    );
  });

  it("refuses a team's own snapshot path (a file on the backend host)", () => {
    expect(() =>
      create({ workloads: { source: 'snapshot', path: SNAPSHOT } }),
    ).toThrow(
      `Invalid configuration at '${PREFIX}.workloads.path': a team's policy names a cluster (releaseReadiness.clusters), never a server, credentials or a file`,
    );
  });

  it('keeps reading a platform-owned snapshot path (the legacy form)', async () => {
    const source = create(
      {
        kubernetes: { cluster: 'onprem-1', namespace: 'servanda-prod' },
        workloads: { source: 'snapshot', path: SNAPSHOT },
      },
      'platform',
    );
    expect(source.name).toBe('snapshot:prod-onprem.yaml');
    expect((await source.listWorkloads({ signal })).items).toHaveLength(7);
  });
});
