import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { WorkloadSource } from '@release-readiness/plugin-release-readiness-node';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  demoTls,
  fixturePath,
  KubernetesTestServer,
  loadObjects,
} from '@release-readiness/kubernetes-test-cluster';
import { readKubernetesTarget } from '../config/readKubernetesTarget';
import { createKubeConfig } from './createKubeConfig';
import { createKubernetesWorkloadSourceFactory } from './createKubernetesWorkloadSourceFactory';
import { KubernetesWorkloadSource } from './KubernetesWorkloadSource';

const TOKEN = 'canary-token-3b1f9c7e5d';
const stage = loadObjects(
  readFileSync(
    resolve(__dirname, '../../../../examples/demo-cluster/servanda-stage.yaml'),
    'utf8',
  ),
);
const tls = demoTls();

function create(kubernetes: object): WorkloadSource {
  return createKubernetesWorkloadSourceFactory(new Map()).create({
    environment: 'stage',
    system: 'servanda',
    keyPrefix: 'releaseReadiness.environments.stage',
    owner: 'platform',
    config: new ConfigReader({ kubernetes }),
    logger: mockServices.logger.mock(),
  }) as WorkloadSource;
}

const list = (source: WorkloadSource, signal = new AbortController().signal) =>
  source.listWorkloads({ signal });

describe('KubernetesWorkloadSource against the test API server', () => {
  let server: KubernetesTestServer;
  let target: object;

  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      objects: stage,
      token: TOKEN,
      tls,
    });
    target = {
      cluster: 'demo-cluster',
      namespace: 'servanda-stage',
      url: server.url,
      caData: Buffer.from(tls.ca).toString('base64'),
      labelSelector: 'app.kubernetes.io/part-of=servanda',
      auth: { type: 'serviceAccount', token: TOKEN },
    };
  });
  afterEach(() => server.stop());

  it('reads with namespace-scoped LIST calls only: workloads and HPAs label-selected, their ReplicaSets, Jobs and Pods not', async () => {
    const source = create(target);
    expect(source.name).toBe('kubernetes:demo-cluster/servanda-stage');

    const result = await list(source);

    expect(result.items.map(w => `${w.kind}/${w.name}`)).toEqual([
      'Deployment/servanda-api',
      'Deployment/servanda-export-worker',
      'Deployment/servanda-frontend',
      'StatefulSet/keycloak',
      'StatefulSet/minio',
      'CronJob/servanda-db-backup',
    ]);
    expect(result.items[1].rolloutStatus).toBe('failed');
    expect(result.items[1].restarts).toBe(17);
    expect(server.requests.map(r => r.path).sort()).toEqual([
      '/api/v1/namespaces/servanda-stage/pods',
      '/apis/apps/v1/namespaces/servanda-stage/daemonsets',
      '/apis/apps/v1/namespaces/servanda-stage/deployments',
      '/apis/apps/v1/namespaces/servanda-stage/replicasets',
      '/apis/apps/v1/namespaces/servanda-stage/statefulsets',
      '/apis/autoscaling/v2/namespaces/servanda-stage/horizontalpodautoscalers',
      '/apis/batch/v1/namespaces/servanda-stage/cronjobs',
      '/apis/batch/v1/namespaces/servanda-stage/jobs',
    ]);
    for (const request of server.requests) {
      expect(request.method).toBe('GET');
      // Owned objects are found by owner reference, so they are listed without the selector.
      expect(request.query.labelSelector).toBe(
        /\/(replicasets|jobs|pods)$/.test(request.path)
          ? undefined
          : 'app.kubernetes.io/part-of=servanda',
      );
      expect(request.query.watch).toBeUndefined();
      expect(request.authorization).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('follows continue tokens until every page is read', async () => {
    // 500 per page by default; the demo namespace has 13 pods, so force small pages.
    const small = new KubernetesWorkloadSource({
      name: 'paged',
      kubeConfig: createKubeConfig(
        readKubernetesTarget(
          'releaseReadiness.environments.stage',
          new ConfigReader({ kubernetes: target }),
        ),
        {
          key: 'releaseReadiness.environments.stage.kubernetes',
          name: 'stage',
        },
      ),
      namespace: 'servanda-stage',
      pageSize: 4,
    });
    const paged = await list(small);
    const whole = await list(create(target));
    expect(paged.items).toEqual(whole.items);
    const podPages = server.requests.filter(
      r => r.path.endsWith('/pods') && r.query.limit === '4',
    );
    expect(podPages.length).toBeGreaterThan(2);
    expect(podPages.filter(r => r.query.continue).length).toBe(
      podPages.length - 1,
    );
  });

  it('verifies TLS by default: without the CA the call fails, with skipTLSVerify it works', async () => {
    const { caData: _ca, ...withoutCa } = target as any;
    const error = await list(create(withoutCa)).catch(e => e);
    const codes = [error?.code, error?.cause?.code, error?.cause?.cause?.code];
    expect(codes.join(' ')).toMatch(/CERT|SIGN|VERIFY/);
    const insecure = await list(create({ ...withoutCa, skipTLSVerify: true }));
    expect(insecure.items).toHaveLength(6);
  });

  it.each([
    [401, 'UNAUTHORIZED'],
    [403, 'FORBIDDEN'],
    [500, 'SERVER_ERROR'],
    [503, 'SERVER_ERROR'],
  ])(
    'turns HTTP %s into a %s source error without echoing the body',
    async (code, type) => {
      await server.setFault({ type: 'status', status: code });
      const error = await list(create(target)).catch(e => e);
      expect(error).toMatchObject({ name: 'SourceUnavailableError', type });
      expect(error.message).toContain(`HTTP ${code}`);
      expect(error.message).toMatch(/in namespace servanda-stage/);
      expect(error.message).not.toContain('system:serviceaccount');
      expect(error.message).not.toContain(TOKEN);
    },
  );

  it('passes a 429 Retry-After on to the collector', async () => {
    await server.setFault({
      type: 'status',
      status: 429,
      retryAfterSeconds: 7,
    });
    const error = await list(create(target)).catch(e => e);
    expect(error).toMatchObject({ type: 'RATE_LIMITED', retryAfterMs: 7000 });
  });

  it('reports a body that is not JSON as a bad response', async () => {
    await server.setFault({ type: 'malformed' });
    const error = await list(create(target)).catch(e => e);
    expect(error).toMatchObject({ type: 'BAD_RESPONSE' });
  });

  it('cancels the HTTP requests when the signal aborts: the server sees the sockets closed', async () => {
    await server.setFault({ type: 'hang' });
    const controller = new AbortController();
    const pending = list(create(target), controller.signal).catch(e => e);
    await server.waitForRequest(() => server.requests.length === 8);
    controller.abort(new Error('deadline'));
    await pending;
    for (let i = 0; i < 100 && server.requests.some(r => !r.outcome); i++) {
      await new Promise(r => setTimeout(r, 20));
    }
    expect(server.requests.map(r => r.outcome)).toEqual(
      Array(8).fill('aborted'),
    );
  });
});

describe('KubernetesWorkloadSource: owned objects by owner reference, not by labels', () => {
  const SELECTOR = 'app.kubernetes.io/part-of=servanda';
  const owned = loadObjects(
    readFileSync(fixturePath('owned-by-reference.yaml'), 'utf8'),
  );
  let server: KubernetesTestServer;
  let target: object;

  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      objects: owned,
      token: TOKEN,
      tls,
    });
    target = {
      cluster: 'demo-cluster',
      namespace: 'servanda-stage',
      url: server.url,
      caData: Buffer.from(tls.ca).toString('base64'),
      labelSelector: SELECTOR,
      auth: { type: 'serviceAccount', token: TOKEN },
    };
  });
  afterEach(() => server.stop());

  const workload = async (source: WorkloadSource, key: string) =>
    (await list(source)).items.find(w => `${w.kind}/${w.name}` === key);

  it('is served by a test server that really filters by label selector and namespace', async () => {
    // A plain-HTTP twin, so that fetch can ask it directly.
    const plain = await KubernetesTestServer.start({ objects: owned });
    try {
      const names = async (path: string, selector?: string) => {
        const query = selector
          ? `?labelSelector=${encodeURIComponent(selector)}`
          : '';
        const body = await (await fetch(`${plain.url}${path}${query}`)).json();
        return body.items.map(
          (i: { metadata: { name: string } }) => i.metadata.name,
        );
      };
      const ns = '/namespaces/servanda-stage';
      // With the selector, only the look-alikes of other owners come back.
      expect(await names(`/apis/batch/v1${ns}/jobs`, SELECTOR)).toEqual([
        'servanda-db-backup-29146980',
        'servanda-db-backup-manual-7x2kq',
      ]);
      expect(await names(`/apis/apps/v1${ns}/replicasets`, SELECTOR)).toEqual([
        'servanda-api-5b8d4c7f9a',
        'servanda-api-canary-7d6c5b4a3f',
      ]);
      expect(await names(`/api/v1${ns}/pods`, SELECTOR)).toEqual([
        'servanda-api-5b8d4c7f9a-r2d2x',
        'servanda-api-canary-7d6c5b4a3f-b8w3n',
      ]);
      // Without it, everything of the namespace, nothing of servanda-dev.
      expect(await names(`/apis/batch/v1${ns}/jobs`)).toEqual([
        'servanda-db-backup-29144100',
        'servanda-db-backup-29145540',
        'servanda-db-backup-29146980',
        'servanda-db-backup-manual-7x2kq',
      ]);
      expect(await names('/api/v1/namespaces/servanda-dev/pods')).toEqual([
        'servanda-api-6f7c9d8b5c-zz9zz',
      ]);
    } finally {
      await plain.stop();
    }
  });

  it("judges a CronJob by its last Job although its Jobs carry none of its labels, never by another owner's Job", async () => {
    const backup = await workload(create(target), 'CronJob/servanda-db-backup');
    expect(backup).toMatchObject({
      rolloutStatus: 'failed',
      rolloutMessage: 'last job "servanda-db-backup-29145540" failed',
      revision: 'servanda-db-backup-29145540',
      restarts: 3,
    });
    expect(backup?.schedule?.lastJob).toEqual({
      name: 'servanda-db-backup-29145540',
      status: 'failed',
      startTime: '2025-06-01T23:00:00.000Z',
    });
  });

  it("counts the pods of a Deployment's unlabelled ReplicaSet, not those of a look-alike ReplicaSet of another owner", async () => {
    const source = create(target);
    const result = await list(source);
    // The unselected canary Deployment stays out, though its ReplicaSet and pod carry the label.
    expect(result.items.map(w => `${w.kind}/${w.name}`)).toEqual([
      'Deployment/servanda-api',
      'CronJob/servanda-db-backup',
    ]);
    expect(result.items[0]).toMatchObject({
      revision: '12',
      rolloutStatus: 'complete',
      // 1 + 2 + 1 init restart on its own pods; not 50 (the earlier Deployment's ReplicaSet), 70
      // (the canary's) or 1000 (a pod of another namespace).
      restarts: 4,
    });
  });

  it('still makes eight namespace-scoped LIST calls, the owned kinds without the selector', async () => {
    await list(create(target));
    expect(server.requests).toHaveLength(8);
    for (const r of server.requests) {
      expect(r.path).toMatch(
        /^\/apis?\/.+\/namespaces\/servanda-stage\/[a-z]+$/,
      );
      const ownedKind = /\/(replicasets|jobs|pods)$/.test(r.path);
      expect(r.query.labelSelector).toBe(ownedKind ? undefined : SELECTOR);
    }
  });

  it('keeps owned objects across pages: one object per page gives the same workloads', async () => {
    const small = new KubernetesWorkloadSource({
      name: 'paged',
      kubeConfig: createKubeConfig(
        readKubernetesTarget(
          'releaseReadiness.environments.stage',
          new ConfigReader({ kubernetes: target }),
        ),
        {
          key: 'releaseReadiness.environments.stage.kubernetes',
          name: 'stage',
        },
      ),
      namespace: 'servanda-stage',
      labelSelector: SELECTOR,
      pageSize: 1,
    });
    const paged = await list(small);
    expect(paged.items).toEqual((await list(create(target))).items);
    const podPages = server.requests.filter(
      r => r.path.endsWith('/pods') && r.query.limit === '1',
    );
    // servanda-stage has five pods (two of them look-alikes): one page each.
    expect(podPages).toHaveLength(5);
  });
});
