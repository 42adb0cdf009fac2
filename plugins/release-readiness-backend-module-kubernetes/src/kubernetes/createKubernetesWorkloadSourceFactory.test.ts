import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import type { WorkloadSource } from '@release-readiness/plugin-release-readiness-node';
import {
  demoTls,
  KubernetesTestServer,
  loadObjects,
} from '@release-readiness/kubernetes-test-cluster';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PlatformClusters } from '../clusters/PlatformCluster';
import { readPlatformClusters } from '../clusters/readPlatformClusters';
import { createSnapshotWorkloadSourceFactory } from '../snapshot/createSnapshotWorkloadSourceFactory';
import { createKubernetesWorkloadSourceFactory } from './createKubernetesWorkloadSourceFactory';

const TOKEN = 'platform-canary-5e81b3';
const SELECTOR = 'app.kubernetes.io/part-of=servanda';
const SNAPSHOT = resolve(
  __dirname,
  '../../../../examples/snapshots/prod-onprem.yaml',
);
const tls = demoTls();
const demo = (env: string) =>
  loadObjects(
    readFileSync(
      resolve(
        __dirname,
        `../../../../examples/demo-cluster/servanda-${env}.yaml`,
      ),
      'utf8',
    ),
  );
const signal = new AbortController().signal;
const names = (source: WorkloadSource) =>
  source
    .listWorkloads({ signal })
    .then(list => list.items.map(w => `${w.kind}/${w.name}`));

describe('the kubernetes factory with platform clusters', () => {
  let server: KubernetesTestServer;
  let clusters: PlatformClusters;

  beforeAll(async () => {
    // One API server holding two namespaces, as a shared platform cluster does.
    server = await KubernetesTestServer.start({
      objects: [...demo('dev'), ...demo('stage')],
      token: TOKEN,
      tls,
    });
    clusters = readPlatformClusters(
      new ConfigReader({
        releaseReadiness: {
          clusters: {
            'demo-cluster': {
              url: server.url,
              caData: Buffer.from(tls.ca).toString('base64'),
              labelSelector: SELECTOR,
              auth: { type: 'serviceAccount', token: TOKEN },
            },
            'onprem-1': {
              airGapped: true,
              snapshots: { 'servanda-prod': SNAPSHOT },
            },
          },
        },
      }),
      mockServices.logger.mock(),
    );
  });
  afterAll(() => server.stop());
  beforeEach(() => server.clearRequests());

  const options = (
    block: JsonObject,
    more: { system?: string; owner?: 'platform' | 'team' } = {},
  ) => ({
    environment: 'prod',
    system: more.system ?? 'servanda',
    keyPrefix: `releaseReadiness.systems.${
      more.system ?? 'servanda'
    }.environments.prod`,
    owner: more.owner ?? 'platform',
    config: new ConfigReader(block),
    logger: mockServices.logger.mock(),
  });
  const kubernetes = () => createKubernetesWorkloadSourceFactory(clusters);
  const create = (...args: Parameters<typeof options>) =>
    kubernetes().create(options(...args)) as WorkloadSource;

  it("reads the environment's namespace live through the platform cluster's connection and token", async () => {
    const source = create(
      { cluster: 'demo-cluster', namespace: 'servanda-stage' },
      { owner: 'team' },
    );
    expect(source.name).toBe('kubernetes:demo-cluster/servanda-stage');
    expect(await names(source)).toEqual([
      'Deployment/servanda-api',
      'Deployment/servanda-export-worker',
      'Deployment/servanda-frontend',
      'StatefulSet/keycloak',
      'StatefulSet/minio',
      'CronJob/servanda-db-backup',
    ]);
    expect(server.requests).toHaveLength(8);
    for (const r of server.requests) {
      expect(r.path).toMatch(/\/namespaces\/servanda-stage\/[a-z]+$/);
      expect(r.authorization).toBe(`Bearer ${TOKEN}`);
      expect(r.query.labelSelector).toBe(
        /\/(replicasets|jobs|pods)$/.test(r.path) ? undefined : SELECTOR,
      );
    }
  });

  it("uses the environment's label selector over the cluster's", async () => {
    const source = create({
      cluster: 'demo-cluster',
      namespace: 'servanda-stage',
      labelSelector: 'app.kubernetes.io/name=servanda-api',
    });
    expect(await names(source)).toEqual(['Deployment/servanda-api']);
  });

  it('keeps environments of the same name in different systems apart: each reads its own namespace', async () => {
    const a = create(
      { cluster: 'demo-cluster', namespace: 'servanda-dev' },
      { system: 'servanda' },
    );
    const b = create(
      { cluster: 'demo-cluster', namespace: 'servanda-stage' },
      { system: 'wimmelwelt', owner: 'team' },
    );
    const [dev, stage] = await Promise.all([names(a), names(b)]);
    expect(dev).toContain('StatefulSet/postgresql');
    expect(stage).not.toContain('StatefulSet/postgresql');
    expect([a.name, b.name]).toEqual([
      'kubernetes:demo-cluster/servanda-dev',
      'kubernetes:demo-cluster/servanda-stage',
    ]);
  });

  it("reads an air-gapped cluster's snapshot of the namespace when asked for explicitly", async () => {
    const source = create({
      cluster: 'onprem-1',
      namespace: 'servanda-prod',
      workloads: { source: 'kubernetes' },
    });
    expect(source.name).toBe('snapshot:onprem-1/servanda-prod');
    expect(await names(source)).toContain('DaemonSet/servanda-log-shipper');
    expect(server.requests).toHaveLength(0);
  });

  it('names the key and the known clusters for an unknown cluster', () => {
    expect(() => create({ cluster: 'eu-9', namespace: 'ns' })).toThrow(
      "Invalid configuration at 'releaseReadiness.systems.servanda.environments.prod.cluster': no cluster 'eu-9' in releaseReadiness.clusters (configured: demo-cluster, onprem-1)",
    );
  });

  it.each<[string, JsonObject]>([
    [
      'kubernetes.url',
      { kubernetes: { namespace: 'ns', url: 'https://10.0.0.1:6443' } },
    ],
    [
      'kubernetes.auth',
      {
        cluster: 'demo-cluster',
        namespace: 'ns',
        kubernetes: { auth: { type: 'serviceAccount', token: TOKEN } },
      },
    ],
    [
      'workloads.path',
      {
        cluster: 'onprem-1',
        namespace: 'servanda-prod',
        workloads: { source: 'snapshot', path: SNAPSHOT },
      },
    ],
  ])(
    'refuses a team-owned block with %s, never quoting the token',
    (refusedKey, block) => {
      let message = '';
      try {
        create(block, { owner: 'team' });
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
      }
      expect(message).toBe(
        `Invalid configuration at 'releaseReadiness.systems.servanda.environments.prod.${refusedKey}': a team's policy names a cluster (releaseReadiness.clusters), never a server, credentials or a file`,
      );
      expect(message).not.toContain(TOKEN);
    },
  );

  it('keeps serving a platform-owned block with its own connection (the legacy form)', async () => {
    const source = create({
      kubernetes: {
        cluster: 'legacy',
        namespace: 'servanda-dev',
        url: server.url,
        caData: Buffer.from(tls.ca).toString('base64'),
        auth: { type: 'serviceAccount', token: TOKEN },
      },
    });
    expect(source.name).toBe('kubernetes:legacy/servanda-dev');
    expect(await names(source)).toContain('StatefulSet/postgresql');
  });

  it('says where the environment runs: live or air-gapped, without credentials', () => {
    const target = (block: JsonObject) =>
      kubernetes().describeTarget!(options(block));
    expect(
      target({ cluster: 'demo-cluster', namespace: 'servanda-stage' }),
    ).toEqual({ label: 'demo-cluster/servanda-stage', offline: false });
    expect(target({ cluster: 'onprem-1', namespace: 'servanda-prod' })).toEqual(
      { label: 'onprem-1/servanda-prod', offline: true },
    );
    expect(
      createSnapshotWorkloadSourceFactory(clusters).describeTarget!(
        options({ cluster: 'onprem-1', namespace: 'servanda-prod' }),
      ),
    ).toEqual({ label: 'onprem-1/servanda-prod', offline: true });
  });

  it('serves live clusters (and unknown ones, to report them); the snapshot source serves air-gapped ones', () => {
    const snapshot = createSnapshotWorkloadSourceFactory(clusters);
    const serves = (block: JsonObject) => [
      kubernetes().configures!(options(block)),
      snapshot.configures!(options(block)),
    ];
    expect(serves({ cluster: 'demo-cluster', namespace: 'ns' })).toEqual([
      true,
      false,
    ]);
    expect(serves({ cluster: 'onprem-1', namespace: 'ns' })).toEqual([
      false,
      true,
    ]);
    expect(serves({ cluster: 'eu-9', namespace: 'ns' })).toEqual([true, false]);
    expect(serves({ kubernetes: { namespace: 'ns' } })).toEqual([false, false]);
  });
});
