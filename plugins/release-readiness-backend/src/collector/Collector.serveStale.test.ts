import { JsonValue } from '@backstage/types';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import { ServerResponse } from 'node:http';
import { CollectJob } from './Collector';
import { CollectorOptions } from './readCollectorOptions';
import { createTestCollector } from './__testUtils__/createTestCollector';
import { eventually } from './__testUtils__/eventually';

const options: CollectorOptions = {
  timeoutMs: 5_000,
  cacheTtlMs: 60_000,
  maxStaleMs: 600_000,
  concurrency: 3,
};

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

/** A job that reads `/<key>` from the test server, as a source module would. */
function upstreamJob(key = 'workloads'): CollectJob<JsonValue> {
  return {
    key,
    sourceName: 'test:prod',
    async fetch({ signal }) {
      const res = await fetch(`${server.url}/${key}`, { signal });
      if (!res.ok) {
        throw Object.assign(new Error('upstream failed'), {
          statusCode: res.status,
        });
      }
      const body: JsonValue = await res.json();
      return body;
    },
  };
}

describe('Collector: serve stale while refreshing', () => {
  it('answers an expired value at once as stale while a hung upstream is refreshed', async () => {
    const { collector, advance, at } = createTestCollector(options);
    server.handle((_req, res) => sendJson(res, 200, { n: 1 }));
    const fetchedAt = at();
    await expect(collector.read(upstreamJob())).resolves.toMatchObject({
      value: { n: 1 },
      source: { status: 'ok' },
    });

    advance(61_000);
    const hung: ServerResponse[] = [];
    server.handle((_req, res) => {
      hung.push(res);
    });
    const started = Date.now();
    const reads = await Promise.all([
      collector.read(upstreamJob()),
      collector.read(upstreamJob()),
      collector.read(upstreamJob()),
    ]);
    expect(Date.now() - started).toBeLessThan(500);
    for (const read of reads) {
      expect(read).toEqual({
        value: { n: 1 },
        source: { name: 'test:prod', status: 'stale', fetchedAt },
      });
    }
    // One refresh for all of them, still waiting for the upstream.
    await eventually(() => expect(hung).toHaveLength(1));

    advance(1_000);
    const refreshedAt = at();
    sendJson(hung[0], 200, { n: 2 });
    await eventually(async () =>
      expect(await collector.read(upstreamJob())).toEqual({
        value: { n: 2 },
        source: { name: 'test:prod', status: 'ok', fetchedAt: refreshedAt },
      }),
    );
    expect(server.requests).toHaveLength(2);
  });

  it('makes a cold read wait for a hung upstream up to the timeout', async () => {
    const { collector } = createTestCollector({ ...options, timeoutMs: 1_000 });
    server.handle(() => {});
    const started = Date.now();
    const result = await collector.read(upstreamJob());
    const elapsed = Date.now() - started;
    expect(result).toEqual({
      source: {
        name: 'test:prod',
        status: 'unavailable',
        error: { type: 'TIMEOUT', message: 'No answer within 1000 ms' },
      },
    });
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(3_000);
    // The request was really cancelled.
    await server.requests[0].aborted;
  });

  it('stores a failed background refresh and keeps its back-off', async () => {
    const { collector, advance, at } = createTestCollector(options);
    server.handle((_req, res) => sendJson(res, 200, { n: 1 }));
    const fetchedAt = at();
    await collector.read(upstreamJob());

    advance(61_000);
    server.handle((_req, res) => sendJson(res, 503, {}));
    await collector.read(upstreamJob());
    const failed = {
      value: { n: 1 },
      source: {
        name: 'test:prod',
        status: 'stale',
        fetchedAt,
        error: { type: 'SERVER_ERROR', message: 'Upstream answered HTTP 503' },
      },
    };
    await eventually(async () =>
      expect(await collector.read(upstreamJob())).toEqual(failed),
    );
    advance(14_000);
    await expect(collector.read(upstreamJob())).resolves.toEqual(failed);
    expect(server.requests).toHaveLength(2);

    advance(2_000); // the back-off is over: stale at once, and one more call
    await collector.read(upstreamJob());
    await eventually(() => expect(server.requests).toHaveLength(3));
  });

  it('logs a background refresh that fails outright, and never rejects into the void', async () => {
    const { collector, cache, advance, logger } = createTestCollector(options);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      server.handle((_req, res) => sendJson(res, 200, { n: 1 }));
      await collector.read(upstreamJob());
      jest.spyOn(cache, 'set').mockRejectedValue(new Error('cache is down'));

      advance(61_000);
      await expect(collector.read(upstreamJob())).resolves.toMatchObject({
        value: { n: 1 },
        source: { status: 'stale' },
      });
      await eventually(() =>
        expect(logger.error).toHaveBeenCalledWith(
          'Background refresh of workloads failed: UNKNOWN: cache is down',
        ),
      );
      await new Promise(resolve => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
