import { mockServices } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import type { SlaMeasureRequest } from '@release-readiness/plugin-release-readiness-node';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import {
  rootWithServer,
  slaSourceFor,
} from '../__testUtils__/prometheusSourcesFor';

const TOKEN = 'prom-canary-token-7f3a';
const AT = '2026-11-30T12:00:00.000Z';

const request = (
  overrides: Partial<SlaMeasureRequest['services'][number]> = {},
): SlaMeasureRequest => ({
  at: AT,
  services: [
    {
      name: 'api-gateway',
      metric: 'servanda_http_request_duration_seconds',
      selector: 'service="api-gateway"',
      errorSelector: 'status_code=~"5.."',
      windows: ['PT5M', 'P30D'],
      thresholds: [],
      ...overrides,
    },
  ],
});

const vector = (value: string) => ({
  status: 'success',
  data: { resultType: 'vector', result: [{ metric: {}, value: [0, value] }] },
});

describe('PrometheusSlaSource against degraded answers', () => {
  let upstream: TestServer;
  beforeEach(async () => {
    upstream = await startTestServer();
  });
  afterEach(() => upstream.close());

  const source = (server: object = {}, logger = mockServices.logger.mock()) =>
    slaSourceFor(
      rootWithServer(upstream.url, {
        auth: { type: 'bearer', token: TOKEN },
        ...server,
      }),
      { prometheus: { server: 'main' } },
      { logger },
    );
  const measure = async (server: object = {}, req = request()) =>
    (await source(server)).measure(req, {
      signal: new AbortController().signal,
    });
  const failure = (server: object = {}, req = request()) =>
    measure(server, req).then(
      () => {
        throw new Error('expected a failure');
      },
      (error: unknown) => error,
    );

  it('sends instant queries at `at` with the bearer token and a timeout, per window', async () => {
    upstream.handle((_req, res) => sendJson(res, 200, vector('42')));
    const result = await measure({ timeout: '3s' });
    expect(result.services[0].windows).toEqual([
      { window: 'PT5M', total: 42, errors: 42 },
      { window: 'P30D', total: 42, errors: 42 },
    ]);
    expect(upstream.requests.map(r => r.query.get('query')).sort()).toEqual(
      [
        'sum(increase(servanda_http_request_duration_seconds_count{service="api-gateway",status_code=~"5.."}[30d]))',
        'sum(increase(servanda_http_request_duration_seconds_count{service="api-gateway",status_code=~"5.."}[5m]))',
        'sum(increase(servanda_http_request_duration_seconds_count{service="api-gateway"}[30d]))',
        'sum(increase(servanda_http_request_duration_seconds_count{service="api-gateway"}[5m]))',
        'max(timestamp(servanda_http_request_duration_seconds_count{service="api-gateway"}))',
      ].sort(),
    );
    for (const r of upstream.requests) {
      expect(r.path).toBe('/api/v1/query');
      expect(r.query.get('time')).toBe(String(Date.parse(AT) / 1000));
      expect(r.query.get('timeout')).toBe('3000ms');
      expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('is BAD_RESPONSE for a sum of several series', async () => {
    upstream.handle((_req, res) =>
      sendJson(res, 200, {
        status: 'success',
        data: {
          resultType: 'vector',
          result: [
            { metric: { a: '1' }, value: [0, '1'] },
            { metric: { a: '2' }, value: [0, '2'] },
          ],
        },
      }),
    );
    expect(await failure()).toMatchObject({ type: 'BAD_RESPONSE' });
  });

  it('puts upstream warnings into the result as our own sentence, and logs them without the token', async () => {
    const logger = mockServices.logger.mock();
    upstream.handle((req, res) =>
      sendJson(res, 200, {
        ...vector('10'),
        ...(req.query.get('query')?.includes('5..') && {
          warnings: [`store 10.0.0.7:10901 unavailable (auth ${TOKEN})`],
        }),
      }),
    );
    const result = await (
      await source({}, logger)
    ).measure(request(), { signal: new AbortController().signal });
    expect(result.warnings).toEqual([
      'Prometheus main answered 2 of 5 queries with warnings (partial data): the results are unknown',
    ]);
    expect(result.services[0].windows[0]).toMatchObject({ total: 10 });
    expect(JSON.stringify(result)).not.toContain('10.0.0.7');
    const logged = logger.warn.mock.calls.map(c => String(c[0])).join('\n');
    expect(logged).toContain('store 10.0.0.7:10901 unavailable (auth ***)');
    expect(logged).not.toContain(TOKEN);
  });

  it('warns that the data is stale when the service has no recent sample but its windows have counts', async () => {
    upstream.handle((req, res) =>
      req.query.get('query')?.startsWith('max(timestamp(')
        ? sendJson(res, 200, {
            status: 'success',
            data: { resultType: 'vector', result: [] },
          })
        : sendJson(res, 200, vector('10')),
    );
    const result = await measure();
    expect(result.warnings).toEqual([
      `Prometheus main has no recent sample of api-gateway (none within its lookback before ${AT}): the data is stale, the results are unknown`,
    ]);
  });

  it('aborts the requests in flight after its timeout: TIMEOUT, and the server sees the socket closed', async () => {
    upstream.handle(() => new Promise(() => {})); // never answers
    const started = Date.now();
    const error = await failure({ timeout: 300 });
    expect(error).toMatchObject({
      type: 'TIMEOUT',
      message: 'Prometheus main did not answer within 300 ms',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(upstream.requests.length).toBeGreaterThan(0);
    await Promise.all(upstream.requests.map(r => r.aborted));
  });

  it("rejects with the collector's reason when the collector aborts, aborting the requests", async () => {
    upstream.handle(() => new Promise(() => {}));
    const controller = new AbortController();
    const pending = (await source()).measure(request(), {
      signal: controller.signal,
    });
    while (upstream.requests.length === 0) {
      await new Promise(resolve => setTimeout(resolve, 10));
    }
    const reason = new Error('collector timeout');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    await Promise.all(upstream.requests.map(r => r.aborted));
  });

  it('asks the range query with at most the wanted points, never more than 11,000', async () => {
    upstream.handle((req, res) =>
      req.path === '/api/v1/query_range'
        ? sendJson(res, 200, {
            status: 'success',
            data: { resultType: 'matrix', result: [] },
          })
        : sendJson(res, 200, vector('1')),
    );
    const points = (r: TestServer['requests'][number]) =>
      (Number(r.query.get('end')) - Number(r.query.get('start'))) /
        Number(r.query.get('step')) +
      1;
    await measure({}, request({ series: { window: 'P30D', points: 60 } }));
    const month = upstream.requests.filter(r => r.path.endsWith('_range'));
    expect(month).toHaveLength(2);
    expect(month.map(points)).toEqual([60, 60]);
    expect(month[0].query.get('step')).toBe('43200');
    expect(month[0].query.get('query')).toContain('[12h]');
    upstream.requests.length = 0;
    await measure(
      {},
      request({ series: { window: 'P100D', points: 1_000_000 } }),
    );
    for (const r of upstream.requests.filter(q => q.path.endsWith('_range'))) {
      expect(points(r)).toBeLessThanOrEqual(11_000);
      expect(points(r)).toBeGreaterThan(10_000);
    }
  });

  it('refuses matchers that are not label matchers before asking anything', async () => {
    upstream.handle((_req, res) => sendJson(res, 200, vector('1')));
    const error = await failure(
      {},
      request({ selector: 'service="a"}) or vector(1) or sum(x{a="b"' }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(String((error as Error).message)).toMatch(
      /^service api-gateway: selector: expected a comma at character 12/,
    );
    expect(upstream.requests).toHaveLength(0);
  });
});
