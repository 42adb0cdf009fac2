import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { resolve } from 'node:path';
import { readEnvironmentCluster } from './readEnvironmentCluster';
import { readPlatformClusters } from './readPlatformClusters';

const SNAPSHOT = resolve(
  __dirname,
  '../../../../examples/snapshots/prod-onprem.yaml',
);
const PREFIX = 'releaseReadiness.systems.servanda.environments.prod';
const clusters = readPlatformClusters(
  new ConfigReader({
    releaseReadiness: {
      clusters: {
        'demo-cluster': {
          url: 'https://127.0.0.1:6443',
          labelSelector: 'app.kubernetes.io/part-of=servanda',
          auth: { type: 'serviceAccount', token: 'cluster-token' },
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

const read = (
  block: JsonObject,
  owner: 'platform' | 'team' = 'platform',
  known = clusters,
) =>
  readEnvironmentCluster(
    { config: new ConfigReader(block), keyPrefix: PREFIX, owner },
    known,
  );

const key = (rest: string) => `Invalid configuration at '${PREFIX}.${rest}'`;

describe('readEnvironmentCluster', () => {
  it("resolves a live cluster with the environment's namespace, and the cluster's label selector by default", () => {
    const target = read({ cluster: 'demo-cluster', namespace: 'servanda-dev' });
    expect(target).toMatchObject({
      kind: 'live',
      namespace: 'servanda-dev',
      labelSelector: 'app.kubernetes.io/part-of=servanda',
    });
    expect(target?.cluster).toBe(clusters.get('demo-cluster'));
  });

  it("prefers the environment's own label selector", () => {
    expect(
      read({
        cluster: 'demo-cluster',
        namespace: 'servanda-dev',
        labelSelector: 'app=api',
      }),
    ).toMatchObject({ kind: 'live', labelSelector: 'app=api' });
  });

  it("resolves an air-gapped cluster to its snapshot file of the environment's namespace", () => {
    expect(
      read({ cluster: 'onprem-1', namespace: 'servanda-prod' }, 'team'),
    ).toEqual({
      kind: 'snapshot',
      cluster: clusters.get('onprem-1'),
      namespace: 'servanda-prod',
      path: SNAPSHOT,
    });
  });

  it('leaves a platform-owned block without cluster to its own kubernetes block', () => {
    expect(
      read({ kubernetes: { url: 'https://x', namespace: 'ns' } }),
    ).toBeUndefined();
  });

  it('refuses a team-owned block that names no cluster', () => {
    expect(() => read({ title: 'Prod' }, 'team')).toThrow(
      `${key(
        'cluster',
      )}: a team's environment names a platform cluster and a namespace (configured clusters: demo-cluster, onprem-1)`,
    );
  });

  it('names the key and lists the known clusters for an unknown cluster', () => {
    expect(() => read({ cluster: 'eu-9', namespace: 'ns' })).toThrow(
      `${key(
        'cluster',
      )}: no cluster 'eu-9' in releaseReadiness.clusters (configured: demo-cluster, onprem-1)`,
    );
    expect(() =>
      read({ cluster: 'eu-9', namespace: 'ns' }, 'platform', new Map()),
    ).toThrow('(configured: none)');
  });

  it.each<[string, JsonObject, string]>([
    ['no namespace', { cluster: 'demo-cluster' }, key('namespace')],
    [
      'a namespace that cannot exist',
      { cluster: 'demo-cluster', namespace: 'Servanda_Prod' },
      key('namespace'),
    ],
    [
      'a cluster that is not a name',
      { cluster: 7, namespace: 'ns' },
      key('cluster'),
    ],
    [
      'an empty label selector',
      { cluster: 'demo-cluster', namespace: 'ns', labelSelector: '' },
      key('labelSelector'),
    ],
  ])('names the key of %s', (_name, block, expected) => {
    expect(() => read(block)).toThrow(expected);
  });

  it.each([
    ['kubernetes.url', { kubernetes: { url: 'https://x' } }],
    ['kubernetes.auth', { kubernetes: { auth: { type: 'inCluster' } } }],
    ['kubernetes.caFile', { kubernetes: { caFile: '/ca.crt' } }],
    ['workloads.path', { workloads: { source: 'snapshot', path: SNAPSHOT } }],
  ])(
    'refuses a connection of its own beside cluster: %s',
    (connectionKey, extra) => {
      expect(() =>
        read({ cluster: 'demo-cluster', namespace: 'ns', ...extra }),
      ).toThrow(
        `${key(
          connectionKey,
        )}: not allowed with cluster, which brings its own connection (releaseReadiness.clusters.demo-cluster)`,
      );
    },
  );

  it('refuses a label selector for an air-gapped cluster, whose snapshots are not filtered by label', () => {
    expect(() =>
      read({
        cluster: 'onprem-1',
        namespace: 'servanda-prod',
        labelSelector: 'app=api',
      }),
    ).toThrow(key('labelSelector'));
  });

  it('names the namespace when the air-gapped cluster has no snapshot of it', () => {
    expect(() =>
      read({ cluster: 'onprem-1', namespace: 'servanda-qa' }),
    ).toThrow(
      `${key(
        'namespace',
      )}: air-gapped cluster 'onprem-1' has no snapshot of namespace 'servanda-qa' (releaseReadiness.clusters.onprem-1.snapshots)`,
    );
  });
});
