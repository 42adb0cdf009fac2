import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { refuseTeamConnections } from './refuseTeamConnections';

const TOKEN = 'team-canary-71c0d2';
const PREFIX =
  'http://localhost:7010/servanda/release-readiness.yaml: environments.prod';
const REASON =
  "a team's policy names a cluster (releaseReadiness.clusters), never a server, credentials or a file";

const check = (block: JsonObject, owner: 'platform' | 'team' = 'team') =>
  refuseTeamConnections({
    config: new ConfigReader(block),
    keyPrefix: PREFIX,
    owner,
  });

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}

describe('refuseTeamConnections', () => {
  it.each<[string, JsonObject]>([
    ['kubernetes.url', { kubernetes: { url: 'https://10.0.0.1:6443' } }],
    [
      'kubernetes.auth',
      { kubernetes: { auth: { type: 'serviceAccount', token: TOKEN } } },
    ],
    ['kubernetes.caData', { kubernetes: { caData: TOKEN } }],
    ['kubernetes.caFile', { kubernetes: { caFile: '/etc/ca.crt' } }],
    ['kubernetes.skipTLSVerify', { kubernetes: { skipTLSVerify: true } }],
    [
      'workloads.path',
      { workloads: { source: 'snapshot', path: '/etc/passwd' } },
    ],
    ['kubernetes.token', { kubernetes: { token: TOKEN } }],
    ['kubernetes', { kubernetes: `https://${TOKEN}@10.0.0.1` }],
  ])(
    'refuses a team-owned %s, naming the key and never the value',
    (refusedKey, block) => {
      const message = messageOf(() => check(block));
      expect(message).toBe(
        `Invalid configuration at '${PREFIX}.${refusedKey}': ${REASON}`,
      );
      expect(message).not.toContain(TOKEN);
    },
  );

  it('names every refused key at once', () => {
    const message = messageOf(() =>
      check({
        kubernetes: {
          url: 'https://x',
          auth: { type: 'serviceAccount', token: TOKEN },
        },
        workloads: { path: '/x' },
      }),
    );
    expect(message.split('; ').map(m => m.split("'")[1])).toEqual([
      `${PREFIX}.kubernetes.url`,
      `${PREFIX}.kubernetes.auth`,
      `${PREFIX}.workloads.path`,
    ]);
    expect(message).not.toContain(TOKEN);
  });

  it('lets a team name a cluster, a namespace and the source', () => {
    expect(() =>
      check({
        title: 'Production',
        cluster: 'demo-cluster',
        namespace: 'servanda-prod',
        labelSelector: 'app=api',
        workloads: { source: 'kubernetes' },
        kubernetes: { cluster: 'demo-cluster', namespace: 'servanda-prod' },
      }),
    ).not.toThrow();
  });

  it('leaves platform-owned blocks as they are (the legacy kubernetes block, snapshot paths)', () => {
    expect(() =>
      check(
        {
          kubernetes: {
            url: 'https://x',
            auth: { type: 'serviceAccount', token: TOKEN },
          },
          workloads: { source: 'snapshot', path: '/snapshots/prod.yaml' },
        },
        'platform',
      ),
    ).not.toThrow();
  });
});
