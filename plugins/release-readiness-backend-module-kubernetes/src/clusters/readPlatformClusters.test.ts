import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { readPlatformClusters } from './readPlatformClusters';

const SNAPSHOT = resolve(
  __dirname,
  '../../../../examples/snapshots/prod-onprem.yaml',
);
const TOKEN = 'cluster-canary-2f9a41';

const read = (clusters: JsonObject, logger = mockServices.logger.mock()) =>
  readPlatformClusters(
    new ConfigReader({ releaseReadiness: { clusters } }),
    logger,
  );

/** The message of what `fn` throws (fails the test when it does not throw). */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}

describe('readPlatformClusters', () => {
  it('reads live clusters (kubeconfig built at start-up) and air-gapped ones (snapshot files per namespace)', () => {
    const clusters = read({
      'demo-cluster': {
        url: 'https://127.0.0.1:6443',
        caData: Buffer.from('ca').toString('base64'),
        labelSelector: 'app.kubernetes.io/part-of=servanda',
        auth: { type: 'serviceAccount', token: TOKEN },
      },
      'onprem-1': {
        airGapped: true,
        snapshots: { 'servanda-prod': SNAPSHOT },
        takenAt: '2025-06-02T12:05:00Z',
      },
    });
    expect([...clusters.keys()]).toEqual(['demo-cluster', 'onprem-1']);
    const live = clusters.get('demo-cluster');
    if (live?.airGapped !== false) throw new Error('expected a live cluster');
    expect(live.labelSelector).toBe('app.kubernetes.io/part-of=servanda');
    expect(live.kubeConfig.getCurrentCluster()).toMatchObject({
      name: 'demo-cluster',
      server: 'https://127.0.0.1:6443',
      skipTLSVerify: false,
    });
    expect(live.kubeConfig.getCurrentUser()).toMatchObject({ token: TOKEN });
    expect(clusters.get('onprem-1')).toEqual({
      name: 'onprem-1',
      airGapped: true,
      snapshots: new Map([['servanda-prod', SNAPSHOT]]),
      takenAt: '2025-06-02T12:05:00Z',
    });
  });

  it("reads the namespace a cluster's Velero runs in, live or air-gapped (absent: the default)", () => {
    const clusters = read({
      live: { url: 'https://127.0.0.1:6443', veleroNamespace: 'backup-system' },
      offline: {
        airGapped: true,
        snapshots: { 'servanda-prod': SNAPSHOT },
        veleroNamespace: 'velero-onprem',
      },
      plain: { url: 'https://127.0.0.1:6443' },
    });
    expect(clusters.get('live')?.veleroNamespace).toBe('backup-system');
    expect(clusters.get('offline')?.veleroNamespace).toBe('velero-onprem');
    expect(clusters.get('plain')?.veleroNamespace).toBeUndefined();
  });

  it('reads whether a live cluster is watched (absent: listed on every refresh)', () => {
    const clusters = read({
      watched: { url: 'https://127.0.0.1:6443', watch: true },
      listed: { url: 'https://127.0.0.1:6443', watch: false },
      plain: { url: 'https://127.0.0.1:6443' },
    });
    expect(clusters.get('watched')).toMatchObject({ watch: true });
    expect(clusters.get('listed')).not.toHaveProperty('watch');
    expect(clusters.get('plain')).not.toHaveProperty('watch');
  });

  it('has no clusters when none is configured', () => {
    expect(
      readPlatformClusters(
        new ConfigReader({ releaseReadiness: {} }),
        mockServices.logger.mock(),
      ).size,
    ).toBe(0);
  });

  it('resolves a snapshot path from the working directory', () => {
    // Relative to wherever jest runs (the package or the repository root).
    const snapshot = relative(
      process.cwd(),
      resolve(__dirname, '../../../../examples/snapshots/prod-onprem.yaml'),
    );
    const clusters = read({
      offline: {
        airGapped: true,
        snapshots: { 'servanda-prod': snapshot },
      },
    });
    const cluster = clusters.get('offline');
    expect(cluster?.airGapped && cluster.snapshots.get('servanda-prod')).toBe(
      resolve(snapshot),
    );
  });

  it('warns, naming the key, when a cluster turns TLS verification off', () => {
    const logger = mockServices.logger.mock();
    read(
      { lab: { url: 'http://127.0.0.1:8080', skipTLSVerify: true } },
      logger,
    );
    expect(logger.warn).toHaveBeenCalledWith(
      "TLS verification of the Kubernetes API server of cluster 'lab' is off (releaseReadiness.clusters.lab.skipTLSVerify)",
    );
  });

  const key = (rest: string) =>
    `Invalid configuration at 'releaseReadiness.clusters.${rest}'`;

  it.each<[string, JsonObject, string, string]>([
    ['no url', { demo: {} }, key('demo.url'), 'the API server URL is required'],
    [
      'an unknown auth type',
      { demo: { url: 'https://x', auth: { type: 'oidc' } } },
      key('demo.auth.type'),
      '',
    ],
    [
      'a token and a token file',
      {
        demo: {
          url: 'https://x',
          auth: { type: 'serviceAccount', token: TOKEN, tokenFile: '/t' },
        },
      },
      key('demo.auth.token'),
      'set exactly one of token and tokenFile',
    ],
    [
      'a misspelt key',
      { demo: { url: 'https://x', labelSelektor: 'a=b' } },
      key('demo'),
      'labelSelektor',
    ],
    [
      'a url with kubeconfig',
      { demo: { url: 'https://x', auth: { type: 'kubeconfig' } } },
      key('demo.url'),
      'not allowed with auth.type kubeconfig',
    ],
    [
      'skipTLSVerify that is not a boolean',
      { demo: { url: 'https://x', skipTLSVerify: 'yes' } },
      key('demo.skipTLSVerify'),
      '',
    ],
    [
      'watch that is not a boolean',
      { demo: { url: 'https://x', watch: 'yes' } },
      key('demo.watch'),
      '',
    ],
    [
      'watch on an air-gapped cluster',
      {
        'onprem-1': {
          airGapped: true,
          snapshots: { ns: SNAPSHOT },
          watch: true,
        },
      },
      key('onprem-1'),
      'watch',
    ],
    [
      'a veleroNamespace that cannot exist',
      { demo: { url: 'https://x', veleroNamespace: 'Velero_NS' } },
      key('demo.veleroNamespace'),
      'a namespace name uses lower-case letters',
    ],
    [
      'snapshots on a live cluster',
      { demo: { url: 'https://x', snapshots: { ns: SNAPSHOT } } },
      key('demo'),
      'snapshots',
    ],
    [
      'an air-gapped cluster without snapshots',
      { 'onprem-1': { airGapped: true } },
      key('onprem-1.snapshots'),
      '',
    ],
    [
      'an air-gapped cluster with an empty snapshots map',
      { 'onprem-1': { airGapped: true, snapshots: {} } },
      key('onprem-1.snapshots'),
      'at least one namespace',
    ],
    [
      'a snapshot of a namespace that cannot exist',
      { 'onprem-1': { airGapped: true, snapshots: { Prod_1: SNAPSHOT } } },
      key('onprem-1.snapshots.Prod_1'),
      'a namespace name uses lower-case letters',
    ],
    [
      'a connection on an air-gapped cluster',
      {
        'onprem-1': {
          airGapped: true,
          snapshots: { 'servanda-prod': SNAPSHOT },
          url: 'https://x',
        },
      },
      key('onprem-1'),
      'url',
    ],
    [
      'a takenAt that is no time',
      {
        'onprem-1': {
          airGapped: true,
          snapshots: { 'servanda-prod': SNAPSHOT },
          takenAt: 'yesterday',
        },
      },
      key('onprem-1.takenAt'),
      '',
    ],
  ])(
    'stops start-up naming the key: %s',
    (_name, clusters, expectedKey, message) => {
      const error = messageOf(() => read(clusters));
      expect(error).toContain(expectedKey);
      expect(error).toContain(message);
      expect(error).not.toContain(TOKEN);
    },
  );

  it('stops start-up when clusters is not a map of clusters', () => {
    expect(
      messageOf(() =>
        readPlatformClusters(
          new ConfigReader({ releaseReadiness: { clusters: 'demo' } }),
          mockServices.logger.mock(),
        ),
      ),
    ).toContain("Invalid configuration at 'releaseReadiness.clusters'");
  });

  it('refuses credentials in the URL without quoting them', () => {
    const error = messageOf(() =>
      read({ demo: { url: `https://reader:${TOKEN}@10.0.0.1:6443` } }),
    );
    expect(error).toBe(
      `${key(
        'demo.url',
      )}: must not contain credentials (user:password@); use auth instead`,
    );
  });

  describe('files', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'rr-clusters-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('stops start-up when a snapshot file cannot be read', () => {
      const missing = join(dir, 'missing.yaml');
      expect(
        messageOf(() =>
          read({
            'onprem-1': {
              airGapped: true,
              snapshots: { 'servanda-prod': SNAPSHOT, other: missing },
            },
          }),
        ),
      ).toBe(
        `${key('onprem-1.snapshots.other')}: cannot read ${missing} (ENOENT)`,
      );
    });

    it("stops start-up when a cluster's kubeconfig cannot be loaded, never quoting it", () => {
      const path = join(dir, 'config');
      writeFileSync(
        path,
        `users:\n- name: x\n  user: { token: ${TOKEN}: x }\n`,
      );
      const error = messageOf(() =>
        read({ demo: { auth: { type: 'kubeconfig', path } } }),
      );
      expect(error).toMatch(
        new RegExp(
          `^Invalid configuration at 'releaseReadiness\\.clusters\\.demo\\.auth\\.path': the kubeconfig file ${path} is not valid YAML`,
        ),
      );
      expect(error).not.toContain(TOKEN);
    });
  });
});
