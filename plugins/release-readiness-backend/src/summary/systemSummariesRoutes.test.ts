import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  GateChecks,
  ReadinessResponse,
  SystemSummariesResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { releaseReadinessGateSourcesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';
import request from 'supertest';
import { stringify } from 'yaml';
import { teamSystem } from '../__testUtils__/teamSystem';
import type { TestServer } from '../__testUtils__/userRequests';
import { useTeamFileServer } from '../__testUtils__/useTeamFileServer';
import { releaseReadinessPlugin } from '../plugin';

/**
 * `GET /system-summaries` through the real plugin: systems of the configuration and of team
 * files (one of them broken), judged by the same evaluation as the readiness route, through the
 * collector's cache; paging, filters, counts, refusals and ETags.
 */

jest.setTimeout(60_000);

const GUEST = 'user:development/guest';
const SECRET = 'token-s3cr3t-1234';

/** What the test CI source answers next: checks, a call that hangs, or a failure. */
let ciAnswer: GateChecks | 'hang' | 'fail';
let ciCalls: number;

const testSources = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'summary-test-sources',
  register(reg) {
    reg.registerInit({
      deps: { gates: releaseReadinessGateSourcesExtensionPoint },
      async init({ gates }) {
        gates.addGateSource({
          type: 'test-ci',
          create: ({ environment }) => ({
            key: `test-ci:${environment}`,
            name: 'test-ci',
            defaultRef: 'v2.0.0',
            getChecks: async (_request, { signal }) => {
              ciCalls++;
              const answer = ciAnswer;
              if (answer === 'fail') {
                throw new Error(`upstream said no to ${SECRET}`);
              }
              if (answer === 'hang') {
                return new Promise<GateChecks>((_resolve, reject) =>
                  signal.addEventListener('abort', () =>
                    reject(new Error('aborted')),
                  ),
                );
              }
              return answer;
            },
          }),
        });
      },
    });
  },
});

const releaseGate = {
  gates: { release: { title: 'Release gate', checks: ['lint'] } },
};

/** An environment whose CI results are the `config` source's. */
const configEnvironment = (
  title: string,
  order: number,
  lint: 'passed' | 'failed',
) => ({
  title,
  order,
  gates: { source: 'config', config: { ref: 'v1.0.0', checks: { lint } } },
  readiness: releaseGate,
});

const NO_REFRESH = {
  refresh: {
    frequency: { hours: 1 },
    timeout: { minutes: 1 },
    initialDelay: { hours: 1 },
  },
};

async function startBackend(
  releaseReadiness: object,
  extra: {
    config?: object;
    features?: Parameters<typeof startTestBackend>[0]['features'];
  } = {},
): Promise<TestServer> {
  const { server } = await startTestBackend({
    features: [
      releaseReadinessPlugin,
      testSources,
      mockServices.rootConfig.factory({
        data: { ...extra.config, releaseReadiness },
      }),
      ...(extra.features ?? [catalogServiceMock.factory({ entities: [] })]),
    ],
  });
  return server;
}

const get = (server: TestServer, path: string, etag?: string) => {
  const pending = request(server)
    .get(`/api/release-readiness${path}`)
    .set('Authorization', mockCredentials.user.header(GUEST));
  return etag ? pending.set('If-None-Match', etag) : pending;
};

const summaries = async (
  server: TestServer,
  query = '',
): Promise<SystemSummariesResponse> => {
  const res = await get(server, `/system-summaries${query}`);
  expect([res.status, res.text]).toEqual([200, expect.any(String)]);
  return res.body;
};

const verdicts = (body: SystemSummariesResponse) =>
  body.items.map(s => [
    s.name,
    s.verdict,
    s.environments.map(e => `${e.name}:${e.verdict}`),
  ]);

beforeEach(() => {
  ciAnswer = { checks: [{ name: 'lint', state: 'passed' }] };
  ciCalls = 0;
});

describe('GET /system-summaries', () => {
  const files = useTeamFileServer();
  let server: TestServer;

  const group = (name: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  });

  beforeAll(async () => {
    files.content.set(
      '/servanda/release-readiness.yaml',
      stringify({
        environments: {
          dev: configEnvironment('Development', 1, 'passed'),
          prod: {
            ...configEnvironment('Production', 2, 'passed'),
            readiness: {
              gates: {
                ...releaseGate.gates,
                staging: {
                  title: 'Staging gate',
                  source: 'manual',
                  checks: ['smoke-tests'],
                },
              },
            },
          },
        },
      }),
    );
    files.content.set(
      '/wimmelwelt/release-readiness.yaml',
      'environments:\n  prod: [unclosed\n',
    );
    server = await startBackend(
      {
        defaultSystem: 'alpha',
        collector: NO_REFRESH,
        teamFiles: {
          refresh: {
            frequency: { milliseconds: 300 },
            timeout: { seconds: 10 },
          },
        },
        systems: {
          alpha: {
            title: 'Alpha',
            environments: {
              dev: configEnvironment('Development', 1, 'passed'),
              prod: configEnvironment('Production', 2, 'failed'),
            },
          },
          beta: {
            title: 'Beta',
            environments: {
              prod: {
                title: 'Production',
                order: 1,
                gates: { source: 'test-ci' },
                readiness: releaseGate,
              },
            },
          },
          gamma: {
            title: 'Gamma',
            environments: {
              dev: configEnvironment('Development', 1, 'passed'),
            },
          },
          platform: {
            title: 'Platform tools',
            environments: { prod: { title: 'Production', order: 1 } },
          },
        },
      },
      {
        config: {
          backend: { reading: { allow: [{ host: new URL(files.url).host }] } },
        },
        features: [
          schedulerServiceFactory,
          catalogServiceMock.factory({
            entities: [
              teamSystem('servanda', files.url, 'Servanda'),
              teamSystem('wimmelwelt', files.url, 'Wimmelwelt'),
              group('servanda-release-captains'),
              group('wimmelwelt-release-captains'),
            ],
          }),
        ],
      },
    );
    // Team files are read on a schedule: wait until both systems are known.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const res = await get(server, '/systems');
      if (res.body.items?.length === 6) break;
      await new Promise(r => setTimeout(r, 100));
    }
  });

  it('answers every system with the verdict of each environment, the counts and a broken file named', async () => {
    // The readiness route reads beta's CI once; the summary then finds it in the cache.
    expect(
      (await get(server, '/systems/beta/environments/prod/readiness')).status,
    ).toBe(200);
    expect(ciCalls).toBe(1);
    const body = await summaries(server);
    expect(ciCalls).toBe(1);
    expect(verdicts(body)).toEqual([
      ['alpha', 'blocked', ['dev:ready', 'prod:blocked']],
      ['beta', 'ready', ['prod:ready']],
      ['gamma', 'ready', ['dev:ready']],
      ['platform', 'unknown', ['prod:unknown']],
      // Its manual staging gate is not set for v1.0.0.
      ['servanda', 'blocked', ['dev:ready', 'prod:blocked']],
      ['wimmelwelt', 'unknown', []],
    ]);
    expect(body).toMatchObject({
      total: 6,
      offset: 0,
      limit: 100,
      counts: { ready: 2, blocked: 2, unknown: 2 },
      defaultSystem: 'alpha',
    });
    const wimmelwelt = body.items[5];
    expect(wimmelwelt.owner).toBe('group:default/wimmelwelt-release-captains');
    expect(wimmelwelt.policy).toMatchObject({
      origin: 'file',
      status: 'error',
    });
    expect(wimmelwelt.policy.error).toMatch(
      new RegExp(
        `^${files.url}/wimmelwelt/release-readiness.yaml is not valid YAML`,
      ),
    );
    // Nothing read for an environment without a policy: unavailable, never ok.
    expect(body.items[3].environments[0].source).toMatchObject({
      status: 'unavailable',
      error: { type: 'NOT_CONFIGURED' },
    });
  });

  it("gives each environment the readiness route's verdict, reasons and its sources' status and age", async () => {
    const body = await summaries(server);
    for (const system of body.items) {
      for (const environment of system.environments) {
        const res = await get(
          server,
          `/systems/${system.name}/environments/${environment.name}/readiness`,
        );
        const readiness: ReadinessResponse = res.body;
        expect([system.name, environment.name, environment.verdict]).toEqual([
          system.name,
          environment.name,
          readiness.verdict,
        ]);
        expect(environment.reasons).toEqual(readiness.reasons.slice(0, 3));
        expect(environment.reasonCount).toBe(readiness.reasons.length);
        const judged = readiness.items.length > 0;
        // As of the oldest data it rests on (manual results are read per request: newer).
        const oldest = Math.min(
          ...readiness.items.map(i => Date.parse(i.source.fetchedAt!)),
        );
        expect([
          environment.source.status,
          Date.parse(environment.source.asOf ?? '') <= oldest,
        ]).toEqual(judged ? ['ok', true] : ['unavailable', false]);
      }
    }
  });

  it('pages, filters by owner, verdict and text, and orders by verdict', async () => {
    const page = await summaries(server, '?limit=2&offset=1');
    expect(page.items.map(s => s.name)).toEqual(['beta', 'gamma']);
    expect(page).toMatchObject({ total: 6, offset: 1, limit: 2 });
    expect((await summaries(server, '?offset=6')).items).toEqual([]);

    const owned = await summaries(
      server,
      '?owner=Group:default/servanda-release-captains',
    );
    expect(owned.items.map(s => s.name)).toEqual(['servanda']);
    expect(owned).toMatchObject({
      total: 1,
      counts: { ready: 0, blocked: 1, unknown: 0 },
    });
    const two = await summaries(
      server,
      '?owner=group:default/servanda-release-captains&owner=group:default/wimmelwelt-release-captains',
    );
    expect(two.items.map(s => s.name)).toEqual(['servanda', 'wimmelwelt']);

    const some = await summaries(server, '?verdict=blocked,ready');
    expect(some.items.map(s => s.name)).toEqual([
      'alpha',
      'beta',
      'gamma',
      'servanda',
    ]);
    // Counts are over every filter but the verdict: what each verdict filter would give.
    expect(some).toMatchObject({
      total: 4,
      counts: { ready: 2, blocked: 2, unknown: 2 },
    });
    const unknown = await summaries(server, '?verdict=unknown');
    expect(unknown.items.map(s => s.name)).toEqual(['platform', 'wimmelwelt']);

    expect((await summaries(server, '?q=AMM')).items.map(s => s.name)).toEqual([
      'gamma',
    ]);
    const attention = await summaries(server, '?sort=verdict&limit=5');
    expect(attention.items.map(s => [s.name, s.verdict])).toEqual([
      ['alpha', 'blocked'],
      ['servanda', 'blocked'],
      ['platform', 'unknown'],
      ['wimmelwelt', 'unknown'],
      ['beta', 'ready'],
    ]);
  });

  it('refuses unknown and invalid parameters with a 400 naming them, and an anonymous caller', async () => {
    const cases: [string, string][] = [
      ['?page=2', "Invalid query parameter 'page': unknown parameter"],
      ['?limit=0', "Invalid query parameter 'limit'"],
      ['?limit=501', "Invalid query parameter 'limit'"],
      ['?offset=-1', "Invalid query parameter 'offset'"],
      ['?verdict=green', "Invalid query parameter 'verdict.0'"],
      ['?owner=servanda', "Invalid query parameter 'owner.0'"],
      ['?sort=owner', "Invalid query parameter 'sort'"],
    ];
    for (const [query, message] of cases) {
      const res = await get(server, `/system-summaries${query}`);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.body.error.message).toContain(message);
    }
    const anonymous = await request(server)
      .get('/api/release-readiness/system-summaries')
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
    const service = await request(server)
      .get('/api/release-readiness/system-summaries')
      .set('Authorization', mockCredentials.service.header());
    expect(service.status).toBe(403);
  });

  it('answers 304 to a matching If-None-Match, and a page of its own tag', async () => {
    const first = await get(server, '/system-summaries');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    const again = await get(server, '/system-summaries', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const other = await get(server, '/system-summaries?limit=1', etag);
    expect(other.status).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
  });
});

describe('GET /system-summaries without proof', () => {
  const environments = {
    prod: {
      title: 'Production',
      order: 1,
      gates: { source: 'test-ci' },
      readiness: releaseGate,
    },
  };

  it('is never ready on a stale source: stale, as of the last good read', async () => {
    const server = await startBackend({
      collector: {
        ...NO_REFRESH,
        timeout: { seconds: 6 },
        cacheTtl: { milliseconds: 500 },
        maxStale: { minutes: 5 },
      },
      systems: { beta: { title: 'Beta', environments } },
    });
    const fresh: ReadinessResponse = (
      await get(server, '/systems/beta/environments/prod/readiness')
    ).body;
    expect(fresh.verdict).toBe('ready');
    const fetchedAt = fresh.items[0].source.fetchedAt;

    ciAnswer = 'hang';
    await new Promise(r => setTimeout(r, 700)); // past the 500 ms cache TTL
    const started = Date.now();
    const body = await summaries(server);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(body.items[0].verdict).toBe('unknown');
    expect(body.items[0].environments[0]).toMatchObject({
      verdict: 'unknown',
      source: { status: 'stale', asOf: fetchedAt, name: 'test-ci' },
      reasons: [
        { itemId: 'release', text: expect.stringContaining('stale since') },
      ],
    });
    expect(body.counts).toEqual({ ready: 0, blocked: 0, unknown: 1 });
    expect((await summaries(server, '?verdict=ready')).items).toEqual([]);
  });

  it('is never ready on an unavailable source, and never repeats what the upstream said', async () => {
    ciAnswer = 'fail';
    const server = await startBackend({
      collector: NO_REFRESH,
      systems: { beta: { title: 'Beta', environments } },
    });
    const res = await get(server, '/system-summaries');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(SECRET);
    const body: SystemSummariesResponse = res.body;
    expect(body.items[0].verdict).toBe('unknown');
    expect(body.items[0].environments[0].verdict).toBe('unknown');
    expect(body.items[0].environments[0].source).toMatchObject({
      status: 'unavailable',
      name: 'test-ci',
      error: { type: expect.any(String) },
    });
    expect(body.items[0].environments[0].source.asOf).toBeUndefined();
  });
});
