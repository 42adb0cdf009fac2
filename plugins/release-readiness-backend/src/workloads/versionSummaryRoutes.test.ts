import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type {
  RolloutStatus,
  VersionSummaryResponse,
  Workload,
} from '@release-readiness/plugin-release-readiness-common';
import { releaseReadinessWorkloadSourcesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';
import request from 'supertest';
import type { TestServer } from '../__testUtils__/userRequests';
import { releaseReadinessPlugin } from '../plugin';

/**
 * `GET /version-summary` through the real plugin and collector, over a test workload source:
 * counts, order (unhealthy, drifting, the rest), paging, filters, the system-scoped route,
 * ETags and refusals naming the parameter.
 */

jest.setTimeout(60_000);

const SECRET = 'token-s3cr3t-5678';

function workload(
  name: string,
  version: string,
  rolloutStatus: RolloutStatus = 'complete',
): Workload {
  return {
    kind: 'Deployment',
    name,
    namespace: 'servanda',
    images: [{ container: name, image: `ghcr.io/servanda/${name}:${version}` }],
    rolloutStatus,
    restarts: 0,
    managedBy: { tool: 'helm', name },
    findings: [],
  };
}

/** What each environment's source lists; an environment in `failing` throws. */
const listed: Record<string, Workload[]> = {};
const failing = new Set<string>();

const testWorkloads = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'version-summary-test-workloads',
  register(reg) {
    reg.registerInit({
      deps: { sources: releaseReadinessWorkloadSourcesExtensionPoint },
      async init({ sources }) {
        sources.addWorkloadSource({
          type: 'test-workloads',
          create: ({ environment }) => ({
            name: `test-workloads:${environment}`,
            listWorkloads: async () => {
              if (failing.has(environment)) {
                throw new Error(`connection refused with ${SECRET}`);
              }
              return { items: listed[environment] ?? [] };
            },
          }),
        });
      },
    });
  },
});

const environment = (title: string, order: number) => ({
  title,
  order,
  workloads: { source: 'test-workloads' },
});

async function startBackend(): Promise<TestServer> {
  const { server } = await startTestBackend({
    features: [
      releaseReadinessPlugin,
      testWorkloads,
      mockServices.rootConfig.factory({
        data: {
          releaseReadiness: {
            collector: {
              cacheTtl: { minutes: 5 },
              refresh: {
                frequency: { hours: 1 },
                timeout: { minutes: 1 },
                initialDelay: { hours: 1 },
              },
            },
            environments: {
              dev: environment('Development', 1),
              stage: environment('Staging', 2),
              prod: environment('Production', 3),
            },
          },
        },
      }),
    ],
  });
  return server;
}

const get = (server: TestServer, path: string, etag?: string) => {
  const pending = request(server)
    .get(`/api/release-readiness${path}`)
    .set('Authorization', mockCredentials.user.header());
  return etag ? pending.set('If-None-Match', etag) : pending;
};

async function summary(
  server: TestServer,
  query = '',
): Promise<VersionSummaryResponse> {
  const res = await get(server, `/version-summary${query}`);
  expect([res.status, res.text]).toEqual([200, expect.any(String)]);
  return res.body;
}

const names = (body: VersionSummaryResponse) => body.rows.map(r => r.name);

beforeEach(() => {
  failing.clear();
  listed.dev = [
    workload('zeta', '1.0.0'),
    workload('alpha', '1.1.0'),
    workload('beta', '2.0.0', 'failed'),
    workload('gamma', '3.0.0'),
  ];
  listed.stage = [
    workload('zeta', '1.0.0', 'progressing'),
    workload('alpha', '1.0.0'),
    workload('gamma', '3.0.0'),
  ];
  listed.prod = [workload('alpha', '1.0.0'), workload('gamma', '3.0.0')];
});

describe('GET /version-summary', () => {
  it('counts each environment and orders unhealthy, then drifting, then the rest', async () => {
    const server = await startBackend();
    const body = await summary(server);
    expect(
      body.environments.map(e => [
        e.name,
        e.source.status,
        e.workloads,
        e.healthy,
        e.unhealthy,
        e.unknown,
      ]),
    ).toEqual([
      ['dev', 'ok', 4, 3, 1, 0],
      ['stage', 'ok', 3, 2, 1, 0],
      ['prod', 'ok', 2, 2, 0, 0],
    ]);
    expect(body.totals).toEqual({
      workloads: 4,
      drift: 1,
      unhealthy: 2,
      unknown: 0,
    });
    expect(body.rows.map(r => [r.name, r.health, r.drift])).toEqual([
      ['beta', 'unhealthy', false],
      ['zeta', 'unhealthy', false],
      ['alpha', 'healthy', true],
      ['gamma', 'healthy', false],
    ]);
    expect(body).toMatchObject({ total: 4, offset: 0, limit: 25 });
    expect(body.nextOffset).toBeUndefined();
  });

  it('pages and filters by name and by attention', async () => {
    const server = await startBackend();
    const first = await summary(server, '?limit=3');
    expect(names(first)).toEqual(['beta', 'zeta', 'alpha']);
    expect(first).toMatchObject({ total: 4, limit: 3, nextOffset: 3 });
    const second = await summary(server, '?limit=3&offset=3');
    expect(names(second)).toEqual(['gamma']);
    expect(second.nextOffset).toBeUndefined();

    const byName = await summary(server, '?q=ETA');
    expect(names(byName)).toEqual(['beta', 'zeta']);
    expect(byName.totals.workloads).toBe(4);
    const attention = await summary(server, '?attention=true');
    expect(names(attention)).toEqual(['beta', 'zeta', 'alpha']);
    const all = await summary(server, '?attention=false&q=');
    expect(names(all)).toEqual(['beta', 'zeta', 'alpha', 'gamma']);
  });

  it('serves the same under /systems/:system/ as without a system', async () => {
    const server = await startBackend();
    const scoped = await get(
      server,
      '/systems/default/version-summary?attention=true',
    );
    expect(scoped.status).toBe(200);
    expect(scoped.body.rows.map((r: { name: string }) => r.name)).toEqual([
      'beta',
      'zeta',
      'alpha',
    ]);
    const unscoped = await get(server, '/version-summary?attention=true');
    expect(unscoped.body).toEqual(scoped.body);
    const unknown = await get(server, '/systems/nope/version-summary');
    expect(unknown.status).toBe(404);
  });

  it('never counts an unavailable environment as healthy, without leaking its error', async () => {
    failing.add('prod');
    const server = await startBackend();
    const res = await get(server, '/version-summary');
    expect(res.status).toBe(200);
    const body: VersionSummaryResponse = res.body;
    expect(body.environments[2]).toMatchObject({
      name: 'prod',
      source: { status: 'unavailable' },
      workloads: 0,
      healthy: 0,
    });
    expect(body.rows.filter(r => r.health === 'healthy')).toEqual([]);
    expect(body.totals).toMatchObject({ unhealthy: 2, unknown: 2 });
    expect(res.text).not.toContain(SECRET);
  });

  it('answers 304 for a matching ETag, and a different ETag for a different query', async () => {
    const server = await startBackend();
    const first = await get(server, '/version-summary?limit=2');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/"/);
    const again = await get(server, '/version-summary?limit=2', etag);
    expect(again.status).toBe(304);
    const other = await get(server, '/version-summary?limit=3', etag);
    expect(other.status).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
    expect(names(other.body)).toHaveLength(3);
  });

  it.each([
    [
      '?limit=0',
      "Invalid query parameter 'limit': expected a whole number from 1 to 200",
    ],
    [
      '?limit=201',
      "Invalid query parameter 'limit': expected a whole number from 1 to 200",
    ],
    [
      '?limit=ten',
      "Invalid query parameter 'limit': expected a whole number from 1 to 200",
    ],
    [
      '?offset=-1',
      "Invalid query parameter 'offset': expected a whole number from 0",
    ],
    [
      '?offset=1.5',
      "Invalid query parameter 'offset': expected a whole number from 0",
    ],
    [
      '?attention=yes',
      "Invalid query parameter 'attention': expected true or false",
    ],
    ['?q=a&q=b', "Invalid query parameter 'q': expected one text"],
    ['?sort=name', "Invalid query parameter 'sort': unknown parameter"],
  ])('answers 400 naming the parameter: %s', async (query, message) => {
    const server = await startBackend();
    const res = await get(server, `/version-summary${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(message);
  });
});
