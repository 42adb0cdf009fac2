import { mockApis, registerMswTestHooks } from '@backstage/frontend-test-utils';
import type {
  SystemSummariesResponse,
  SystemsResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ReleaseReadinessClient } from './ReleaseReadinessClient';

const wimmelwelt = {
  name: 'wimmelwelt',
  title: 'Wimmelwelt',
  entityRef: 'system:default/wimmelwelt',
  owner: 'group:default/wimmelwelt',
  environments: [{ name: 'staging', title: 'Staging', order: 1 }],
  policy: {
    origin: 'file' as const,
    location: 'http://localhost:7010/wimmelwelt/release-readiness.yaml',
    status: 'ok' as const,
    loadedAt: '2026-03-24T10:00:00.000Z',
  },
};

describe('ReleaseReadinessClient (systems)', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  const client = new ReleaseReadinessClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
    fetchApi: { fetch: (input, init) => fetch(input, init) },
  });

  it('lists the systems with the default one', async () => {
    const body: SystemsResponse = {
      items: [wimmelwelt],
      defaultSystem: 'servanda',
    };
    server.use(
      http.get('http://backstage.test/api/release-readiness/systems', () =>
        HttpResponse.json(body),
      ),
    );
    await expect(client.getSystems()).resolves.toEqual(body);
  });

  it('reads the landing page in one request, with its page, filters and order in the query', async () => {
    const body: SystemSummariesResponse = {
      items: [
        {
          ...wimmelwelt,
          verdict: 'unknown',
          environments: [
            {
              name: 'staging',
              title: 'Staging',
              order: 1,
              verdict: 'unknown',
              source: {
                status: 'stale',
                asOf: '2026-03-24T09:58:00.000Z',
                name: 'http',
                error: { type: 'TIMEOUT', message: 'No answer within 5 s' },
              },
              reasons: [],
              reasonCount: 0,
            },
          ],
        },
      ],
      total: 1,
      offset: 0,
      limit: 100,
      counts: { ready: 0, blocked: 0, unknown: 1 },
      defaultSystem: 'servanda',
      maxAgeSeconds: 5,
    };
    const seen: string[] = [];
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/system-summaries',
        ({ request }) => {
          seen.push(new URL(request.url).search);
          return HttpResponse.json(body);
        },
      ),
    );
    await expect(client.getSystemSummaries()).resolves.toEqual(body);
    await client.getSystemSummaries({
      offset: 20,
      limit: 10,
      owner: ['group:default/wimmelwelt', 'group:default/sva-studio'],
      verdict: ['blocked', 'unknown'],
      q: 'welt',
      sort: 'verdict',
    });
    expect(
      seen.map(search => Object.fromEntries(new URLSearchParams(search))),
    ).toEqual([
      {},
      {
        offset: '20',
        limit: '10',
        owner: 'group:default/wimmelwelt,group:default/sva-studio',
        verdict: 'blocked,unknown',
        q: 'welt',
        sort: 'verdict',
      },
    ]);
  });

  it('surfaces the 400 that names an invalid landing page option', async () => {
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/system-summaries',
        () =>
          HttpResponse.json(
            {
              error: {
                name: 'InputError',
                message:
                  "Invalid query parameter 'limit': Too big: expected number to be <=500",
              },
              request: { method: 'GET', url: '/' },
              response: { statusCode: 400 },
            },
            { status: 400 },
          ),
      ),
    );
    await expect(
      client.getSystemSummaries({ limit: 501 }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
      body: { error: { message: expect.stringContaining("'limit'") } },
    });
  });

  it('reads one system, and surfaces the 404 that names the known systems', async () => {
    const seen: string[] = [];
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/systems/:system',
        ({ params, request }) => {
          seen.push(new URL(request.url).pathname);
          if (params.system === 'wimmelwelt') {
            return HttpResponse.json(wimmelwelt);
          }
          return HttpResponse.json(
            {
              error: {
                name: 'NotFoundError',
                message: `Unknown system '${params.system}'; systems: servanda, wimmelwelt`,
              },
              request: { method: 'GET', url: '/' },
              response: { statusCode: 404 },
            },
            { status: 404 },
          );
        },
      ),
    );
    await expect(client.getSystem('wimmelwelt')).resolves.toEqual(wimmelwelt);
    await expect(client.getSystem('a/b c')).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      body: {
        error: {
          message: "Unknown system 'a/b c'; systems: servanda, wimmelwelt",
        },
      },
    });
    expect(seen).toEqual([
      '/api/release-readiness/systems/wimmelwelt',
      '/api/release-readiness/systems/a%2Fb%20c',
    ]);
  });

  it("asks each system's routes under /systems/:system, the system's name escaped", async () => {
    const seen: string[] = [];
    server.use(
      http.all(
        'http://backstage.test/api/release-readiness/*',
        ({ request }) => {
          const url = new URL(request.url);
          seen.push(`${request.method} ${url.pathname}${url.search}`);
          return HttpResponse.json({});
        },
      ),
    );
    await client.getEnvironments('sva-studio');
    await client.getEnvironment('sva-studio', 'staging');
    await client.getWorkloads('sva-studio', 'staging');
    await client.getVersions('sva/studio');
    await client.getRaci('sva-studio', 'production');
    await client.getOnCall('sva-studio', 'production', 2);
    await client.getReadiness('sva-studio', 'production', { ref: 'pr-45' });
    await client.getCalendar('sva-studio', 'production', { days: 7 });
    await client.getManualGateEligibility('sva-studio', 'production', 'ops');
    await client.setManualGateResult(
      'sva-studio',
      'production',
      'ops',
      'alerting',
      { state: 'passed', reason: 'alerts wired', requestId: 'req-1' },
    );
    const base = '/api/release-readiness/systems';
    expect(seen).toEqual([
      `GET ${base}/sva-studio/environments`,
      `GET ${base}/sva-studio/environments/staging`,
      `GET ${base}/sva-studio/environments/staging/workloads`,
      `GET ${base}/sva%2Fstudio/versions`,
      `GET ${base}/sva-studio/environments/production/raci`,
      `GET ${base}/sva-studio/environments/production/oncall?weeks=2`,
      `GET ${base}/sva-studio/environments/production/readiness?ref=pr-45`,
      `GET ${base}/sva-studio/environments/production/calendar?days=7`,
      `GET ${base}/sva-studio/environments/production/gates/ops/eligibility`,
      `POST ${base}/sva-studio/environments/production/gates/ops/checks/alerting`,
    ]);
  });
});
