import { JsonValue } from '@backstage/types';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import { DeadlineLimiter } from './DeadlineLimiter';
import { createTestCollector } from './__testUtils__/createTestCollector';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
  // `/hang…` never answers; `/slow` answers after 500 ms; anything else at once.
  server.handle((req, res) => {
    if (req.path.startsWith('/hang')) {
      return;
    }
    setTimeout(
      () => sendJson(res, 200, { path: req.path }),
      req.path === '/slow' ? 500 : 0,
    );
  });
});

afterEach(async () => {
  await server.close();
});

async function get(path: string, signal: AbortSignal): Promise<JsonValue> {
  const res = await fetch(`${server.url}${path}`, { signal });
  const body: JsonValue = await res.json();
  return body;
}

/** Runs `call` and measures how long the caller waited for its outcome. */
async function timed<T>(call: Promise<T>) {
  const started = Date.now();
  try {
    return { value: await call, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

describe('DeadlineLimiter', () => {
  it('counts the wait for a slot against the deadline and never starts a call whose deadline passed', async () => {
    const limiter = new DeadlineLimiter({ concurrency: 1, timeoutMs: 500 });
    const [first, second] = await Promise.all([
      timed(limiter.run(signal => get('/hang-1', signal))),
      timed(limiter.run(signal => get('/hang-2', signal))),
    ]);
    expect(first.error).toMatchObject({
      name: 'SourceUnavailableError',
      type: 'TIMEOUT',
      message: 'No answer within 500 ms',
    });
    expect(second.error).toMatchObject({
      type: 'TIMEOUT',
      message: 'No answer within 500 ms: every source call slot was busy',
    });
    expect(second.ms).toBeGreaterThanOrEqual(450);
    expect(second.ms).toBeLessThan(900); // not 2 × the timeout
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(server.requests.map(r => r.path)).toEqual(['/hang-1']);
  });

  it('gives a queued call only what is left of its deadline', async () => {
    const limiter = new DeadlineLimiter({ concurrency: 1, timeoutMs: 1_000 });
    const [slow, hung] = await Promise.all([
      timed(limiter.run(signal => get('/slow', signal))),
      timed(limiter.run(signal => get('/hang', signal))),
    ]);
    expect(slow.value).toEqual({ path: '/slow' });
    expect(hung.error).toMatchObject({
      type: 'TIMEOUT',
      message: 'No answer within 1000 ms',
    });
    expect(hung.ms).toBeGreaterThanOrEqual(950);
    expect(hung.ms).toBeLessThan(1_300); // not 500 ms of waiting + 1000 ms of call
    expect(server.requests.map(r => r.path)).toEqual(['/slow', '/hang']);
    await server.requests[1].aborted;
  });

  it('frees the slot at the deadline even when a call ignores its signal', async () => {
    const limiter = new DeadlineLimiter({ concurrency: 1, timeoutMs: 300 });
    const ignoring = timed(limiter.run(() => new Promise<never>(() => {})));
    const started = Date.now();
    await expect(ignoring).resolves.toMatchObject({
      error: { type: 'TIMEOUT' },
    });
    await expect(limiter.run(signal => get('/fast', signal))).resolves.toEqual({
      path: '/fast',
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('keeps a hung upstream from starving the other sources of a collector', async () => {
    const { collector } = createTestCollector({
      timeoutMs: 500,
      cacheTtlMs: 60_000,
      maxStaleMs: 600_000,
      concurrency: 1,
    });
    const job = (key: string) => ({
      key,
      sourceName: `test:${key}`,
      fetch: ({ signal }: { signal: AbortSignal }) => get(`/${key}`, signal),
    });
    const started = Date.now();
    const [hung, queued] = await Promise.all([
      collector.read(job('hang')),
      collector.read(job('other')),
    ]);
    expect(Date.now() - started).toBeLessThan(900);
    expect(hung.source).toMatchObject({
      status: 'unavailable',
      error: { type: 'TIMEOUT' },
    });
    expect(queued.source).toMatchObject({
      status: 'unavailable',
      error: { type: 'TIMEOUT' },
    });
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(server.requests.map(r => r.path)).toEqual(['/hang']);

    // With the slot free, the other source is read.
    await expect(collector.refresh(job('other'))).resolves.toMatchObject({
      value: { path: '/other' },
      source: { status: 'ok' },
    });
  });
});
