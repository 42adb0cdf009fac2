import page1 from '../__fixtures__/incidents-page-1.json';
import page2 from '../__fixtures__/incidents-page-2.json';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import { inspect } from 'node:util';
import { pagedListHandler } from '../testing/pagedListHandler';
import { PagerDutyClient } from './PagerDutyClient';

const TOKEN = 'u+canary-token-do-not-leak';

describe('PagerDutyClient', () => {
  let server: TestServer;
  let clock: number;
  let client: PagerDutyClient;

  beforeEach(async () => {
    server = await startTestServer();
    clock = Date.parse('2026-03-10T12:00:00Z');
    client = new PagerDutyClient({
      token: TOKEN,
      baseUrl: `${server.url}/`,
      now: () => clock,
    });
  });

  afterEach(() => server.close());

  it('sends the documented version and auth headers and repeats array parameters', async () => {
    server.handle((_req, res) => sendJson(res, 200, page2));

    const body = await client.get<typeof page2>('/incidents', {
      'statuses[]': ['triggered', 'acknowledged'],
      'service_ids[]': ['PSVAPI1'],
      time_zone: 'UTC',
      unused: undefined,
    });

    expect(body.incidents[0].id).toBe('Q2J2BL9XK3QZ8F');
    const [req] = server.requests;
    expect(req.path).toBe('/incidents');
    expect(req.headers.accept).toBe('application/vnd.pagerduty+json;version=2');
    expect(req.headers.authorization).toBe(`Token token=${TOKEN}`);
    expect(req.query.getAll('statuses[]')).toEqual([
      'triggered',
      'acknowledged',
    ]);
    expect(req.query.getAll('service_ids[]')).toEqual(['PSVAPI1']);
    expect(req.query.get('time_zone')).toBe('UTC');
    expect(req.query.has('unused')).toBe(false);
  });

  it('follows offset pagination until more is false', async () => {
    server.handle((req, res) =>
      sendJson(res, 200, req.query.get('offset') === '0' ? page1 : page2),
    );

    const items = await client.list<{ id: string }>('/incidents', 'incidents', {
      'statuses[]': ['triggered'],
    });

    expect(items.map(i => i.id)).toEqual([
      'Q0RIJJZL24RC6W',
      'Q1VXOQ2P0S6UB3',
      'Q2J2BL9XK3QZ8F',
    ]);
    expect(server.requests.map(r => r.query.get('offset'))).toEqual(['0', '2']);
    expect(server.requests.every(r => r.query.get('limit') === '100')).toBe(
      true,
    );
  });

  it('stops at maxItems', async () => {
    server.handle((_req, res) => sendJson(res, 200, page1));
    const items = await client.list(
      '/incidents',
      'incidents',
      {},
      {
        maxItems: 3,
      },
    );
    expect(items).toHaveLength(3);
    expect(server.requests).toHaveLength(2);
  });

  it('turns 401 into UNAUTHORIZED with our own message, not the body', async () => {
    server.handle((_req, res) =>
      sendJson(res, 401, {
        error: { message: 'Authentication failed', code: 2006 },
      }),
    );
    const error = await client.get<never>('/incidents').catch((e: Error) => e);
    expect(error).toMatchObject({
      name: 'SourceUnavailableError',
      type: 'UNAUTHORIZED',
      message:
        'PagerDuty /incidents answered HTTP 401 (PagerDuty error 2006): the API token was rejected (check releaseReadiness.pagerduty.token)',
    });
    expect(error.message).not.toContain('Authentication failed');
  });

  it('turns 500 into SERVER_ERROR and a 400 into BAD_RESPONSE, without the details of the body', async () => {
    server.handle((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<html>oops</html>');
    });
    await expect(client.get('/incidents')).rejects.toMatchObject({
      type: 'SERVER_ERROR',
      message: 'PagerDuty /incidents answered HTTP 500',
    });

    server.handle((_req, res) =>
      sendJson(res, 400, {
        error: {
          message: 'Invalid Input Provided',
          code: 2001,
          errors: ['Service ids must be an array.'],
        },
      }),
    );
    await expect(client.get('/incidents')).rejects.toMatchObject({
      type: 'BAD_RESPONSE',
      message:
        'PagerDuty /incidents answered HTTP 400 (PagerDuty error 2001): the request was refused as invalid',
    });
  });

  it.each([400, 401, 403, 404, 500, 503])(
    'puts nothing of a %i body into the error, even when it echoes the token',
    async status => {
      server.handle((_req, res) =>
        sendJson(res, status, {
          error: {
            message: `Bad request Token token=${TOKEN}`,
            code: `${TOKEN}`,
            errors: [`echo: ${TOKEN}`, 'service_ids[] PSECRET1 unknown'],
          },
        }),
      );
      const error = await client.get('/incidents').catch((e: Error) => e);
      expect(error).toMatchObject({ name: 'SourceUnavailableError' });
      expect(inspect(error, { depth: 10, showHidden: true })).not.toMatch(
        /canary-token|PSECRET1|echo/,
      );
    },
  );

  it('honours 429 with ratelimit-reset: no call reaches PagerDuty until the reset', async () => {
    server.handle((_req, res) =>
      sendJson(
        res,
        429,
        { error: { message: 'Rate Limit Exceeded', code: 2020 } },
        {
          'ratelimit-limit': '960',
          'ratelimit-remaining': '0',
          'ratelimit-reset': '30',
        },
      ),
    );
    await expect(client.get('/incidents')).rejects.toMatchObject({
      type: 'RATE_LIMITED',
      retryAfterMs: 30_000,
    });
    expect(server.requests).toHaveLength(1);

    server.handle((_req, res) => sendJson(res, 200, page2));
    clock += 10_000;
    await expect(client.get('/incidents')).rejects.toMatchObject({
      type: 'RATE_LIMITED',
      retryAfterMs: 20_000,
    });
    expect(server.requests).toHaveLength(1);

    clock += 20_000;
    await expect(client.get('/incidents')).resolves.toEqual(page2);
    expect(server.requests).toHaveLength(2);
  });

  it('backs off by the default when a 429 carries no ratelimit-reset', async () => {
    server.handle((_req, res) => sendJson(res, 429, {}));
    await expect(client.get('/incidents')).rejects.toMatchObject({
      type: 'RATE_LIMITED',
      retryAfterMs: 30_000,
    });
  });

  it.each([
    [
      '"retry in 10 years" at 15 min',
      { 'ratelimit-reset': '315360000' },
      900_000,
    ],
    ['a negative reset at 1 s', { 'ratelimit-reset': '-30' }, 1_000],
    ['a zero reset at 1 s', { 'ratelimit-reset': '0' }, 1_000],
    [
      'a malformed reset as the default 30 s',
      { 'ratelimit-reset': 'soon' },
      30_000,
    ],
    [
      'Retry-After seconds without ratelimit-reset',
      { 'retry-after': '12' },
      12_000,
    ],
    [
      'a Retry-After of 10 years at 15 min',
      { 'retry-after': '315360000' },
      900_000,
    ],
    [
      'an HTTP-date Retry-After relative to now',
      { 'retry-after': 'Tue, 10 Mar 2026 12:02:00 GMT' },
      120_000,
    ],
    [
      'an HTTP-date Retry-After in the past at 1 s',
      { 'retry-after': 'Tue, 10 Mar 2026 11:00:00 GMT' },
      1_000,
    ],
  ])('clamps a 429 wait: %s', async (_name, headers, expected) => {
    server.handle((_req, res) => sendJson(res, 429, {}, headers));
    await expect(client.get('/incidents')).rejects.toMatchObject({
      type: 'RATE_LIMITED',
      retryAfterMs: expected,
    });
    clock += expected - 1;
    await expect(client.get('/incidents')).rejects.toMatchObject({
      retryAfterMs: 1,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('keeps the configured default back-off within [1 s, 15 min] too', async () => {
    const slow = new PagerDutyClient({
      token: TOKEN,
      baseUrl: server.url,
      defaultRateLimitBackoffMs: 24 * 3600_000,
      now: () => clock,
    });
    server.handle((_req, res) => sendJson(res, 429, {}));
    await expect(slow.get('/incidents')).rejects.toMatchObject({
      retryAfterMs: 900_000,
    });
  });

  it('stops before PagerDuty refuses when a success says no requests remain', async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, page2, {
        'ratelimit-remaining': '0',
        'ratelimit-reset': '5',
      }),
    );
    await client.get('/incidents');
    await expect(client.get('/incidents')).rejects.toMatchObject({
      type: 'RATE_LIMITED',
      retryAfterMs: 5_000,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('waits the default when a success says no requests remain but not for how long', async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, page2, { 'ratelimit-remaining': '0' }),
    );
    await client.get('/incidents');
    await expect(client.get('/incidents')).rejects.toMatchObject({
      type: 'RATE_LIMITED',
      retryAfterMs: 30_000,
    });
  });

  it('aborts a request that takes too long and closes the connection', async () => {
    server.handle(() => {
      // never answers
    });
    const controller = new AbortController();
    const pending = client.get('/incidents', {}, { signal: controller.signal });
    await new Promise(r => setTimeout(r, 50));
    controller.abort(new Error('timed out'));
    await expect(pending).rejects.toThrow('timed out');
    await server.requests[0].aborted;
  });

  it('serialises calls: one request at a time', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    server.handle(async (_req, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise(r => setTimeout(r, 20));
      inFlight--;
      sendJson(res, 200, page2);
    });

    await Promise.all([
      client.get('/incidents'),
      client.get('/oncalls'),
      client.get('/services'),
    ]);

    expect(server.requests).toHaveLength(3);
    expect(maxInFlight).toBe(1);
  });

  it('drops a queued call whose caller gave up', async () => {
    let release = () => {};
    server.handle(
      (_req, res) =>
        new Promise<void>(resolve => {
          release = () => {
            sendJson(res, 200, page2);
            resolve();
          };
        }),
    );
    const first = client.get('/incidents');
    const controller = new AbortController();
    const second = client.get('/oncalls', {}, { signal: controller.signal });
    controller.abort(new Error('gave up'));
    await expect(second).rejects.toThrow('gave up');
    await new Promise(r => setTimeout(r, 20));
    release();
    await first;
    await new Promise(r => setTimeout(r, 20));
    expect(server.requests.map(r => r.path)).toEqual(['/incidents']);
  });

  it('reports a body that is not JSON as BAD_RESPONSE', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"incidents": [');
    });
    await expect(client.get('/incidents')).rejects.toMatchObject({
      type: 'BAD_RESPONSE',
    });
  });

  describe('listAll', () => {
    const items = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `Q${i}` }));

    it('reads every item of a long list and says it is complete', async () => {
      server.handle(pagedListHandler('incidents', items(650)));
      const list = await client.listAll<{ id: string }>(
        '/incidents',
        'incidents',
        {},
        { maxItems: 10_000 },
      );
      expect(list.truncated).toBe(false);
      expect(list.items).toHaveLength(650);
      expect(list.items[649]).toEqual({ id: 'Q649' });
    });

    it("reads up to 10,000 items, PagerDuty's limit, without asking beyond it, and reports the rest as truncated", async () => {
      server.handle(pagedListHandler('incidents', items(10_050)));
      const list = await client.listAll<{ id: string }>(
        '/incidents',
        'incidents',
        {},
        { maxItems: 50_000 },
      );
      expect(list.items).toHaveLength(10_000);
      expect(list.truncated).toBe(true);
      expect(server.requests).toHaveLength(100);
      for (const r of server.requests) {
        expect(
          Number(r.query.get('offset')) + Number(r.query.get('limit')),
        ).toBeLessThanOrEqual(10_000);
      }
    });

    it('is not truncated when exactly 10,000 items exist', async () => {
      server.handle(pagedListHandler('incidents', items(10_000)));
      const list = await client.listAll(
        '/incidents',
        'incidents',
        {},
        {
          maxItems: 10_000,
        },
      );
      expect(list).toMatchObject({ truncated: false });
      expect(list.items).toHaveLength(10_000);
    });

    it('reports truncation at maxItems only when PagerDuty has more', async () => {
      server.handle(pagedListHandler('incidents', items(300)));
      await expect(
        client.listAll('/incidents', 'incidents', {}, { maxItems: 250 }),
      ).resolves.toMatchObject({ truncated: true });
      await expect(
        client.listAll('/incidents', 'incidents', {}, { maxItems: 300 }),
      ).resolves.toMatchObject({ truncated: false });
    });

    it('reports a page that says more but is empty as truncated', async () => {
      server.handle((_req, res) =>
        sendJson(res, 200, {
          incidents: [],
          limit: 100,
          offset: 0,
          more: true,
        }),
      );
      await expect(client.listAll('/incidents', 'incidents')).resolves.toEqual({
        items: [],
        truncated: true,
      });
    });
  });

  it('names its rate-limit group after a hash of the token, never the token', () => {
    const same = new PagerDutyClient({ token: TOKEN, baseUrl: server.url });
    const other = new PagerDutyClient({ token: 'u+another-token' });
    expect(client.rateLimitGroup).toMatch(/^pagerduty:[0-9a-f]{12}$/);
    expect(client.rateLimitGroup).toBe(same.rateLimitGroup);
    expect(client.rateLimitGroup).not.toBe(other.rateLimitGroup);
    expect(client.rateLimitGroup).not.toContain(TOKEN);
  });
});
