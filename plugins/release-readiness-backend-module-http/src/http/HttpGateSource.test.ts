import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import { createServer } from 'node:net';
import { httpSourceFor } from '../__testUtils__/httpSourceFor';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const call = () => ({ signal: new AbortController().signal });
const UPSTREAM_SECRET = 'canary-upstream-body-4f1e';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise(r => server.close(r));
  return port;
}

describe('HttpGateSource', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  it('reports a 200 as passed, with the probed URL, the time, the producer and the conclusion', async () => {
    server.handle((_req, res) => sendJson(res, 200, { status: 'ok' }));
    const before = Date.now();
    const source = await httpSourceFor({
      'health-200': { url: `${server.url}/health` },
    });
    const { checks } = await source.getChecks({}, call());
    expect(checks).toEqual([
      {
        name: 'health-200',
        state: 'passed',
        conclusion: 'success',
        detail: expect.stringMatching(/^200 OK in \d+ ms$/),
        producer: 'http',
        url: `${server.url}/health`,
        at: expect.any(String),
      },
    ]);
    expect(Date.parse(checks[0].at!)).toBeGreaterThanOrEqual(before - 1);
    expect(server.requests.map(r => [r.method, r.path])).toEqual([
      ['GET', '/health'],
    ]);
    expect(server.requests[0].headers['user-agent']).toBe(
      'backstage-release-readiness-http-probe',
    );
    expect(server.requests[0].headers.authorization).toBeUndefined();
    expect(server.requests[0].headers.cookie).toBeUndefined();
  });

  it('reports another status as failed with what differed, never the upstream body', async () => {
    server.handle((req, res) => {
      if (req.path === '/moved') {
        res.writeHead(302, { location: `${server.url}/health` });
        res.end();
        return;
      }
      sendJson(res, 503, { error: UPSTREAM_SECRET });
    });
    const source = await httpSourceFor({
      'health-200': { url: `${server.url}/health` },
      'readiness-204': { url: `${server.url}/ready`, expectStatus: 204 },
      moved: { url: `${server.url}/moved` },
    });
    const { checks } = await source.getChecks({}, call());
    expect(checks.map(c => [c.name, c.state, c.conclusion, c.detail])).toEqual([
      [
        'health-200',
        'failed',
        'failure',
        '503 Service Unavailable, expected 200',
      ],
      [
        'readiness-204',
        'failed',
        'failure',
        '503 Service Unavailable, expected 204',
      ],
      ['moved', 'failed', 'failure', '302 Found, expected 200'],
    ]);
    // Redirects are not followed: the probe judges the URL it was given.
    expect(server.requests.filter(r => r.path === '/health')).toHaveLength(1);
    expect(JSON.stringify(checks)).not.toContain(UPSTREAM_SECRET);
  });

  it('fails a check over its maxLatency and passes it under', async () => {
    server.handle(async (_req, res) => {
      await sleep(300);
      sendJson(res, 200, {});
    });
    const source = await httpSourceFor({
      slow: { url: `${server.url}/health`, maxLatency: 'PT0.1S' },
      patient: { url: `${server.url}/health`, maxLatency: 2000 },
    });
    const { checks } = await source.getChecks({}, call());
    expect(checks[0]).toMatchObject({ name: 'slow', state: 'failed' });
    const took = /^took (\d+) ms, limit 100 ms$/.exec(checks[0].detail ?? '');
    expect(took).not.toBeNull();
    expect(Number(took![1])).toBeGreaterThanOrEqual(290);
    expect(checks[1]).toMatchObject({ name: 'patient', state: 'passed' });
  });

  it('fails a check that gets no answer within its timeout, and closes the connection', async () => {
    server.handle(() => new Promise(() => {}));
    const source = await httpSourceFor({
      hung: { url: `${server.url}/health`, timeout: 200 },
    });
    const started = Date.now();
    const { checks } = await source.getChecks({}, call());
    expect(Date.now() - started).toBeLessThan(1500);
    expect(checks[0]).toMatchObject({
      state: 'failed',
      conclusion: 'timed_out',
      detail: 'no answer within 200 ms',
    });
    await expect(server.requests[0].aborted).resolves.toBeUndefined();
  });

  it('fails a check whose port refuses the connection, in its own words', async () => {
    const port = await closedPort();
    const source = await httpSourceFor({
      down: { url: `http://127.0.0.1:${port}/health` },
    });
    const { checks } = await source.getChecks({}, call());
    expect(checks[0]).toMatchObject({
      state: 'failed',
      conclusion: 'error',
      detail: 'connection refused',
      url: `http://127.0.0.1:${port}/health`,
    });
  });

  it('judges a JSON field: equal passes; another value, a missing field or no JSON fails', async () => {
    server.handle((req, res) => {
      if (req.path === '/degraded') {
        sendJson(res, 200, { status: 'degraded', detail: UPSTREAM_SECRET });
      } else if (req.path === '/nested') {
        sendJson(res, 200, { checks: [{ db: { up: true } }] });
      } else if (req.path === '/long') {
        sendJson(res, 200, { status: `down because ${UPSTREAM_SECRET}!` });
      } else if (req.path === '/huge') {
        sendJson(res, 200, { status: 'ok', padding: 'x'.repeat(70 * 1024) });
      } else if (req.path === '/text') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`{ not json ${UPSTREAM_SECRET}`);
      } else {
        sendJson(res, 200, { status: 'ok' });
      }
    });
    const json = { path: 'status', equals: 'ok' };
    const source = await httpSourceFor({
      ok: { url: `${server.url}/ok`, json },
      degraded: { url: `${server.url}/degraded`, json },
      nested: {
        url: `${server.url}/nested`,
        json: { path: 'checks.0.db.up', equals: true },
      },
      missing: {
        url: `${server.url}/nested`,
        json: { path: 'checks.1.db.up', equals: true },
      },
      long: { url: `${server.url}/long`, json },
      text: { url: `${server.url}/text`, json },
      huge: { url: `${server.url}/huge`, json },
    });
    const { checks } = await source.getChecks({}, call());
    expect(checks.map(c => [c.name, c.state, c.detail])).toEqual([
      ['ok', 'passed', expect.stringMatching(/^200 OK in \d+ ms$/)],
      ['degraded', 'failed', 'field status was "degraded", expected "ok"'],
      ['nested', 'passed', expect.stringMatching(/^200 OK/)],
      ['missing', 'failed', 'field checks.1.db.up is missing, expected true'],
      [
        'long',
        'failed',
        `field status was a text of ${
          `down because ${UPSTREAM_SECRET}!`.length
        } characters, expected "ok"`,
      ],
      ['text', 'failed', 'the answer is not JSON; field status not read'],
      ['huge', 'failed', 'the answer is over 64 KiB; field status not read'],
    ]);
    expect(JSON.stringify(checks)).not.toContain(UPSTREAM_SECRET);
    expect(server.requests[0].headers.accept).toBe('application/json');
  });

  it('probes in parallel, and with HEAD when asked', async () => {
    server.handle(async (_req, res) => {
      await sleep(400);
      res.writeHead(200);
      res.end();
    });
    const source = await httpSourceFor({
      a: { url: `${server.url}/a` },
      b: { url: `${server.url}/b`, method: 'HEAD' },
      c: { url: `${server.url}/c` },
    });
    const started = Date.now();
    const { checks } = await source.getChecks({}, call());
    expect(Date.now() - started).toBeLessThan(1000);
    expect(checks.map(c => c.state)).toEqual(['passed', 'passed', 'passed']);
    expect(server.requests.map(r => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /a',
      'GET /c',
      'HEAD /b',
    ]);
  });

  it("really aborts on the collector's signal: it rejects, and the server sees the socket closed", async () => {
    server.handle(() => new Promise(() => {}));
    const source = await httpSourceFor({
      hung: { url: `${server.url}/health` },
      other: { url: `${server.url}/readiness` },
    });
    const controller = new AbortController();
    const checks = source.getChecks({}, { signal: controller.signal });
    while (server.requests.length < 2) {
      await sleep(10);
    }
    const reason = new Error('collector deadline');
    const abortedAt = Date.now();
    controller.abort(reason);
    await expect(checks).rejects.toBe(reason);
    // At once, not at the checks' own 4.5 s timeout.
    const closed = await Promise.race([
      Promise.all(server.requests.map(r => r.aborted)).then(() => true),
      sleep(1000).then(() => false),
    ]);
    expect(closed).toBe(true);
    expect(Date.now() - abortedAt).toBeLessThan(1000);
  });

  it('probes nothing when the signal is already aborted', async () => {
    const source = await httpSourceFor({ a: { url: `${server.url}/a` } });
    const controller = new AbortController();
    controller.abort(new Error('shut down'));
    await expect(
      source.getChecks({}, { signal: controller.signal }),
    ).rejects.toThrow('shut down');
    expect(server.requests).toHaveLength(0);
  });

  it('names itself http, with a key unique per system and environment', async () => {
    const checks = { a: { url: `${server.url}/a` } };
    const keys = await Promise.all(
      [
        { system: 'servanda', environment: 'prod' },
        { system: 'servanda', environment: 'stage' },
        { system: 'wimmelwelt', environment: 'prod' },
      ].map(async o => (await httpSourceFor(checks, o)).key),
    );
    expect(keys).toEqual([
      'http:servanda/prod',
      'http:servanda/stage',
      'http:wimmelwelt/prod',
    ]);
    expect((await httpSourceFor(checks)).name).toBe('http');
  });
});
