import { JsonValue } from '@backstage/types';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import { CollectJob } from './Collector';
import { CollectorOptions } from './readCollectorOptions';
import { createTestCollector } from './__testUtils__/createTestCollector';
import { eventually } from './__testUtils__/eventually';

const options: CollectorOptions = {
  timeoutMs: 1_000,
  cacheTtlMs: 60_000,
  maxStaleMs: 600_000,
  concurrency: 3,
};

let server: TestServer;
/** Paths the test server answers with 429 and `retry-after: 30`. */
let limited: Set<string>;

beforeEach(async () => {
  limited = new Set();
  server = await startTestServer();
  server.handle((req, res) => {
    if (limited.has(req.path)) {
      setTimeout(
        () => sendJson(res, 429, {}, { 'retry-after': '30' }),
        req.path === '/slow-limited' ? 100 : 0,
      );
    } else {
      sendJson(res, 200, { path: req.path });
    }
  });
});

afterEach(async () => {
  await server.close();
});

/** A job of `group` that reads `/<key>` and turns a 429 into a rate limit, as source modules do. */
function job(key: string, group: string): CollectJob<JsonValue> {
  return {
    key,
    sourceName: `test:${key}`,
    rateLimitGroup: group,
    async fetch({ signal }) {
      const res = await fetch(`${server.url}/${key}`, { signal });
      if (res.status === 429) {
        throw new SourceUnavailableError('RATE_LIMITED', 'Rate limited', {
          retryAfterMs: Number(res.headers.get('retry-after')) * 1000,
        });
      }
      const body: JsonValue = await res.json();
      return body;
    },
  };
}

const calls = (path: string) =>
  server.requests.filter(r => r.path === path).length;

describe('RateLimitGroups (through the Collector)', () => {
  it('holds back every job of a rate-limited group until the reset time', async () => {
    const { collector, advance, at } = createTestCollector(options);
    const fetchedAt = at();
    await collector.read(job('b', 'token-1'));

    advance(61_000);
    limited.add('/a');
    await expect(collector.read(job('a', 'token-1'))).resolves.toMatchObject({
      source: { status: 'unavailable', error: { type: 'RATE_LIMITED' } },
    });

    // Same group: the last value as stale, no call; nothing at all without a value.
    await collector.read(job('b', 'token-1'));
    await eventually(async () =>
      expect(await collector.read(job('b', 'token-1'))).toMatchObject({
        value: { path: '/b' },
        source: {
          status: 'stale',
          fetchedAt,
          error: { type: 'RATE_LIMITED' },
        },
      }),
    );
    await expect(collector.read(job('d', 'token-1'))).resolves.toMatchObject({
      source: { status: 'unavailable', error: { type: 'RATE_LIMITED' } },
    });
    await expect(collector.refresh(job('d', 'token-1'))).resolves.toMatchObject(
      { source: { status: 'unavailable' } },
    );
    // Another group is called.
    await expect(collector.read(job('c', 'token-2'))).resolves.toMatchObject({
      value: { path: '/c' },
      source: { status: 'ok' },
    });
    expect([calls('/a'), calls('/b'), calls('/c'), calls('/d')]).toEqual([
      1, 1, 1, 0,
    ]);

    advance(31_000);
    limited.delete('/a');
    await expect(collector.read(job('d', 'token-1'))).resolves.toMatchObject({
      value: { path: '/d' },
      source: { status: 'ok' },
    });
    await collector.read(job('b', 'token-1'));
    await eventually(async () =>
      expect(await collector.read(job('b', 'token-1'))).toMatchObject({
        source: { status: 'ok' },
      }),
    );
    expect([calls('/b'), calls('/d')]).toEqual([2, 1]);
  });

  it('does not start a queued call of a group that was rate limited while it waited', async () => {
    const { collector } = createTestCollector({ ...options, concurrency: 1 });
    limited.add('/slow-limited');
    const [first, queued] = await Promise.all([
      collector.read(job('slow-limited', 'token-1')),
      collector.read(job('queued', 'token-1')),
    ]);
    expect(first.source.error?.type).toBe('RATE_LIMITED');
    expect(queued.source).toMatchObject({
      status: 'unavailable',
      error: { type: 'RATE_LIMITED' },
    });
    expect(calls('/queued')).toBe(0);
  });

  it('shares the back-off with other replicas through the cache', async () => {
    const replica1 = createTestCollector(options);
    const replica2 = createTestCollector(options, replica1);
    limited.add('/a');
    await replica1.collector.read(job('a', 'token-1'));
    await expect(
      replica2.collector.read(job('b', 'token-1')),
    ).resolves.toMatchObject({
      source: { status: 'unavailable', error: { type: 'RATE_LIMITED' } },
    });
    expect(calls('/b')).toBe(0);

    replica1.advance(31_000);
    await expect(
      replica2.collector.read(job('b', 'token-1')),
    ).resolves.toMatchObject({ source: { status: 'ok' } });
  });

  it('backs off only the job itself without a group, or without a reset time', async () => {
    const { collector } = createTestCollector(options);
    const ungrouped = { ...job('a', 'unused'), rateLimitGroup: undefined };
    limited.add('/a');
    await collector.read(ungrouped);
    const noReset: CollectJob<JsonValue> = {
      ...job('e', 'token-1'),
      fetch: async () => {
        throw new SourceUnavailableError('RATE_LIMITED', 'Rate limited');
      },
    };
    await collector.read(noReset);
    await expect(collector.read(job('b', 'token-1'))).resolves.toMatchObject({
      source: { status: 'ok' },
    });
  });
});
