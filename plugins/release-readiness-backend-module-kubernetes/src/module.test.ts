import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
// An integration test of the module together with the plugin it extends.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import releaseReadinessBackend from '@release-readiness/plugin-release-readiness-backend';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { releaseReadinessModuleKubernetes } from './module';
import {
  demoTls,
  fixturePath,
  KubernetesFault,
  KubernetesTestServer,
  loadObjects,
} from '@release-readiness/kubernetes-test-cluster';

const TOKEN = 'canary-secret-token-9f8e7d6c';
const TIMEOUT_MS = 1500;
const CACHE_TTL_MS = 300;
const ENVIRONMENTS = ['dev', 'stage', 'prod'] as const;
const tls = demoTls();

function demoObjects(env: string) {
  return loadObjects(
    readFileSync(
      resolve(__dirname, `../../../examples/demo-cluster/servanda-${env}.yaml`),
      'utf8',
    ),
  );
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

// Each test boots a backend with three test API servers: slow on a busy machine.
jest.setTimeout(30_000);

describe('workloads through the backend, the Kubernetes module and the real client', () => {
  const servers: Record<string, KubernetesTestServer> = {};

  beforeEach(async () => {
    for (const env of ENVIRONMENTS) {
      servers[env] = await KubernetesTestServer.start({
        objects: demoObjects(env),
        token: TOKEN,
        tls,
      });
    }
  });
  afterEach(async () => {
    await Promise.all(Object.values(servers).map(s => s.stop()));
  });

  async function startBackend() {
    const environments = Object.fromEntries(
      ENVIRONMENTS.map((env, index) => [
        env,
        {
          title: env,
          order: index + 1,
          kubernetes: {
            cluster: `cluster-${env}`,
            namespace: `servanda-${env}`,
            url: servers[env].url,
            caData: Buffer.from(tls.ca).toString('base64'),
            labelSelector: 'app.kubernetes.io/part-of=servanda',
            auth: { type: 'serviceAccount', token: TOKEN },
          },
        },
      ]),
    );
    const { server } = await startTestBackend({
      features: [
        releaseReadinessBackend,
        releaseReadinessModuleKubernetes,
        mockServices.rootConfig.factory({
          data: {
            releaseReadiness: {
              collector: {
                timeout: { milliseconds: TIMEOUT_MS },
                cacheTtl: { milliseconds: CACHE_TTL_MS },
                maxStale: { minutes: 10 },
                // Keep the background refresh out of the way of these tests.
                refresh: {
                  frequency: { hours: 1 },
                  timeout: { minutes: 1 },
                  initialDelay: { hours: 1 },
                },
              },
              environments,
            },
          },
        }),
      ],
    });
    return server;
  }

  async function timed(server: any, path: string) {
    const started = Date.now();
    const res = await request(server).get(`/api/release-readiness${path}`);
    return { res, ms: Date.now() - started };
  }

  it('serves every environment with its source, live and ok', async () => {
    const server = await startBackend();
    const { res } = await timed(server, '/environments/stage/workloads');
    expect(res.status).toBe(200);
    expect(res.body.sourceType).toBe('kubernetes');
    expect(res.body.source).toMatchObject({
      name: 'kubernetes:cluster-stage/servanda-stage',
      status: 'ok',
    });
    expect(Date.parse(res.body.source.fetchedAt)).not.toBeNaN();
    const worker = res.body.items.find(
      (w: any) => w.name === 'servanda-export-worker',
    );
    expect(worker).toMatchObject({
      version: 'rc-1.5.0',
      rolloutStatus: 'failed',
      restarts: 17,
      autoscaler: { minReplicas: 1, maxReplicas: 5, targetCpuUtilization: 60 },
    });
    expect(JSON.stringify(res.body)).not.toContain(TOKEN);
  });

  it('tells the board where each environment runs, without credentials', async () => {
    const server = await startBackend();
    const { res } = await timed(server, '/environments');
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((e: { name: string; target?: object }) => [
        e.name,
        e.target,
      ]),
    ).toEqual([
      ['dev', { label: 'cluster-dev/servanda-dev', offline: false }],
      ['stage', { label: 'cluster-stage/servanda-stage', offline: false }],
      ['prod', { label: 'cluster-prod/servanda-prod', offline: false }],
    ]);
    expect(JSON.stringify(res.body)).not.toContain(TOKEN);
  });

  it('answers the deployed-where matrix with drift', async () => {
    const server = await startBackend();
    const { res } = await timed(server, '/versions');
    expect(res.status).toBe(200);
    expect(res.body.environments.map((e: any) => e.name)).toEqual([
      'dev',
      'stage',
      'prod',
    ]);
    const api = res.body.rows.find((r: any) => r.name === 'servanda-api');
    expect(api.drift).toBe(true);
    expect(api.cells.map((c: any) => c.version)).toEqual([
      'dev-3f2a9c1',
      'rc-1.5.0',
      '1.4.2',
    ]);
    const postgresql = res.body.rows.find((r: any) => r.name === 'postgresql');
    expect(postgresql.cells.map((c: any) => c.state)).toEqual([
      'deployed',
      'absent',
      'absent',
    ]);
    const filtered = await timed(server, '/versions?workload=minio,keycloak');
    expect(filtered.res.body.rows.map((r: any) => r.name)).toEqual([
      'keycloak',
      'minio',
    ]);
  });

  it('names the field of a bad query and the known environments for an unknown one', async () => {
    const server = await startBackend();
    const bad = await timed(server, '/versions?workload=Not_A_Name');
    expect(bad.res.status).toBe(400);
    expect(bad.res.body.error.message).toMatch(/'workload\.0'/);
    const unknown = await timed(server, '/environments/qa/workloads');
    expect(unknown.res.status).toBe(404);
    expect(unknown.res.body.error.message).toBe(
      "Unknown environment 'qa'; configured environments: dev, stage, prod",
    );
  });

  const faults: [string, KubernetesFault, string][] = [
    ['hang', { type: 'hang' }, 'TIMEOUT'],
    ['refuse', { type: 'refuse' }, 'CONNECTION_REFUSED'],
    ['401', { type: 'status', status: 401 }, 'UNAUTHORIZED'],
    ['403', { type: 'status', status: 403 }, 'FORBIDDEN'],
    ['500', { type: 'status', status: 500 }, 'SERVER_ERROR'],
    [
      '429',
      { type: 'status', status: 429, retryAfterSeconds: 1 },
      'RATE_LIMITED',
    ],
    ['malformed JSON', { type: 'malformed' }, 'BAD_RESPONSE'],
  ];

  it.each(faults)(
    'prod answering %s: 200 in time, prod unavailable (then stale after a success), others complete',
    async (_name, fault, type) => {
      const server = await startBackend();
      await servers.prod.setFault(fault);

      // Cold: no earlier success, so unavailable.
      const cold = await timed(server, '/environments/prod/workloads');
      expect(cold.res.status).toBe(200);
      expect(cold.ms).toBeLessThan(TIMEOUT_MS + 1000);
      expect(cold.res.body.items).toEqual([]);
      expect(cold.res.body.source).toMatchObject({
        status: 'unavailable',
        error: { type },
      });
      expect(cold.res.body.source.fetchedAt).toBeUndefined();

      const matrix = await timed(server, '/versions');
      expect(matrix.res.status).toBe(200);
      expect(matrix.ms).toBeLessThan(TIMEOUT_MS + 1000);
      expect(
        matrix.res.body.environments.map((e: any) => e.source.status),
      ).toEqual(['ok', 'ok', 'unavailable']);
      const api = matrix.res.body.rows.find(
        (r: any) => r.name === 'servanda-api',
      );
      expect(api.cells.map((c: any) => c.state)).toEqual([
        'deployed',
        'deployed',
        'unknown',
      ]);
      for (const env of ['dev', 'stage']) {
        const other = await timed(server, `/environments/${env}/workloads`);
        expect(other.res.body.source.status).toBe('ok');
        expect(other.res.body.items.length).toBeGreaterThan(4);
      }

      // The upstream recovers: after the failure back-off the value is fresh again.
      await servers.prod.setFault(undefined);
      await sleep(
        fault.type === 'status' && fault.status === 429
          ? 1100
          : CACHE_TTL_MS + 50,
      );
      const recovered = await timed(server, '/environments/prod/workloads');
      expect(recovered.res.body.source.status).toBe('ok');
      expect(recovered.res.body.items.length).toBeGreaterThan(4);

      // It fails again: the expired value is served at once as stale while it is refreshed…
      await servers.prod.setFault(fault);
      await sleep(CACHE_TTL_MS + 50);
      const expired = await timed(server, '/environments/prod/workloads');
      expect(expired.res.status).toBe(200);
      expect(expired.ms).toBeLessThan(TIMEOUT_MS);
      expect(expired.res.body.source).toMatchObject({
        status: 'stale',
        fetchedAt: recovered.res.body.source.fetchedAt,
      });
      // …and once the refresh has failed, the last good value is stale with the reason.
      let stale = expired;
      const deadline = Date.now() + TIMEOUT_MS + 8000;
      while (!stale.res.body.source.error && Date.now() < deadline) {
        await sleep(100);
        stale = await timed(server, '/environments/prod/workloads');
      }
      expect(stale.res.status).toBe(200);
      expect(stale.ms).toBeLessThan(TIMEOUT_MS + 1000);
      expect(stale.res.body.source).toMatchObject({
        status: 'stale',
        fetchedAt: recovered.res.body.source.fetchedAt,
        error: { type },
      });
      expect(stale.res.body.items).toEqual(recovered.res.body.items);
      expect(
        JSON.stringify([cold.res.body, matrix.res.body, stale.res.body]),
      ).not.toContain(TOKEN);
    },
  );

  it('really aborts a timed-out call: the API server sees every hung socket closed', async () => {
    const server = await startBackend();
    await servers.prod.setFault({ type: 'hang' });
    const { res, ms } = await timed(server, '/environments/prod/workloads');
    expect(res.body.source.error.type).toBe('TIMEOUT');
    expect(ms).toBeLessThan(TIMEOUT_MS + 1000);
    for (
      let i = 0;
      i < 50 && servers.prod.requests.some(r => !r.outcome);
      i++
    ) {
      await sleep(20);
    }
    expect(servers.prod.requests.map(r => r.outcome)).toEqual(
      Array(8).fill('aborted'),
    );
  });

  it('makes only namespace-scoped LIST calls, label-selected except for owned ReplicaSets, Jobs and Pods', async () => {
    const server = await startBackend();
    await timed(server, '/versions');
    for (const env of ENVIRONMENTS) {
      const requests = servers[env].requests;
      expect(requests).toHaveLength(8);
      for (const r of requests) {
        expect(r.method).toBe('GET');
        expect(r.path).toMatch(
          new RegExp(`^/apis?/.+/namespaces/servanda-${env}/[a-z]+$`),
        );
        expect(r.query.labelSelector).toBe(
          /\/(replicasets|jobs|pods)$/.test(r.path)
            ? undefined
            : 'app.kubernetes.io/part-of=servanda',
        );
      }
    }
  });

  it("judges workloads by the objects they own, found by owner reference: a CronJob's unlabelled failed Job, a Deployment's unlabelled ReplicaSet", async () => {
    servers.stage.setObjects(
      loadObjects(readFileSync(fixturePath('owned-by-reference.yaml'), 'utf8')),
    );
    const server = await startBackend();
    const { res } = await timed(server, '/environments/stage/workloads');
    expect(res.status).toBe(200);
    expect(res.body.source.status).toBe('ok');
    expect(res.body.items.map((w: any) => `${w.kind}/${w.name}`)).toEqual([
      'Deployment/servanda-api',
      'CronJob/servanda-db-backup',
    ]);
    const [api, backup] = res.body.items;
    expect(backup).toMatchObject({
      rolloutStatus: 'failed',
      rolloutMessage: 'last job "servanda-db-backup-29145540" failed',
      schedule: {
        lastJob: { name: 'servanda-db-backup-29145540', status: 'failed' },
      },
      restarts: 3,
    });
    expect(api).toMatchObject({
      version: 'rc-1.6.0',
      revision: '12',
      rolloutStatus: 'complete',
      restarts: 4,
    });
  });
});
