import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import { Collector, CollectJob } from './Collector';
import { CollectorOptions } from './readCollectorOptions';
import { eventually } from './__testUtils__/eventually';

const options: CollectorOptions = {
  timeoutMs: 200,
  cacheTtlMs: 60_000,
  maxStaleMs: 600_000,
  concurrency: 3,
};

function setup(overrides: Partial<CollectorOptions> = {}) {
  let now = Date.parse('2026-11-22T10:00:00Z');
  const cache = CacheManager.fromConfig(
    new ConfigReader({ backend: { cache: { store: 'memory' } } }),
  ).forPlugin('release-readiness');
  const collector = Collector.create({
    cache,
    logger: mockServices.logger.mock(),
    options: { ...options, ...overrides },
    now: () => now,
  });
  return {
    collector,
    advance: (ms: number) => (now += ms),
    at: () => new Date(now).toISOString(),
  };
}

function job(
  fetch: CollectJob<any>['fetch'],
  key = 'workloads:prod',
): CollectJob<any> {
  return { key, sourceName: 'test:prod', fetch };
}

describe('Collector', () => {
  it('calls the source once and serves the cached value while it is fresh', async () => {
    const { collector, advance, at } = setup();
    const fetch = jest.fn().mockResolvedValue({ n: 1 });
    const fetchedAt = at();

    await expect(collector.read(job(fetch))).resolves.toEqual({
      value: { n: 1 },
      source: { name: 'test:prod', status: 'ok', fetchedAt },
    });
    advance(59_000);
    await expect(collector.read(job(fetch))).resolves.toMatchObject({
      source: { fetchedAt },
    });
    expect(fetch).toHaveBeenCalledTimes(1);

    advance(2_000);
    // Expired: served at once as stale, refreshed in the background.
    await expect(collector.read(job(fetch))).resolves.toEqual({
      value: { n: 1 },
      source: { name: 'test:prod', status: 'stale', fetchedAt },
    });
    await eventually(() => expect(fetch).toHaveBeenCalledTimes(2));
  });

  it('shares one call between concurrent readers', async () => {
    const { collector } = setup();
    let resolve!: (v: unknown) => void;
    const fetch = jest.fn(() => new Promise(r => (resolve = r)));
    const reads = [
      collector.read(job(fetch)),
      collector.read(job(fetch)),
      collector.read(job(fetch)),
    ];
    await new Promise(r => setTimeout(r, 10));
    resolve({ n: 1 });
    const results = await Promise.all(reads);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(results.every(r => r.source.status === 'ok')).toBe(true);
  });

  it('aborts a hanging call at the timeout and reports it unavailable', async () => {
    const { collector } = setup();
    let signal: AbortSignal | undefined;
    const started = Date.now();
    const result = await collector.read(
      job(options_ => {
        signal = options_.signal;
        return new Promise(() => {});
      }),
    );
    const elapsed = Date.now() - started;
    expect(result).toEqual({
      source: {
        name: 'test:prod',
        status: 'unavailable',
        error: { type: 'TIMEOUT', message: 'No answer within 200 ms' },
      },
    });
    expect(signal?.aborted).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('serves the last good value as stale after a failure, until maxStale', async () => {
    const { collector, advance, at } = setup();
    const fetch = jest.fn().mockResolvedValueOnce({ n: 1 });
    const fetchedAt = at();
    await collector.read(job(fetch));

    advance(61_000);
    fetch.mockRejectedValue(
      Object.assign(new Error('boom'), { statusCode: 500 }),
    );
    // Served at once while the refresh runs; then with the refresh's error.
    await expect(collector.read(job(fetch))).resolves.toEqual({
      value: { n: 1 },
      source: { name: 'test:prod', status: 'stale', fetchedAt },
    });
    await eventually(async () =>
      expect(await collector.read(job(fetch))).toEqual({
        value: { n: 1 },
        source: {
          name: 'test:prod',
          status: 'stale',
          fetchedAt,
          error: {
            type: 'SERVER_ERROR',
            message: 'Upstream answered HTTP 500',
          },
        },
      }),
    );
    expect(fetch).toHaveBeenCalledTimes(2);

    advance(600_000);
    const expired = await collector.read(job(fetch));
    expect(expired.value).toBeUndefined();
    expect(expired.source).toMatchObject({
      status: 'unavailable',
      error: { type: 'SERVER_ERROR' },
    });
  });

  it('turns stale again into ok when the source recovers', async () => {
    const { collector, advance } = setup();
    const fetch = jest
      .fn()
      .mockResolvedValueOnce({ n: 1 })
      .mockRejectedValueOnce(new Error('x'));
    await collector.read(job(fetch));
    advance(61_000);
    expect((await collector.read(job(fetch))).source.status).toBe('stale');
    await eventually(async () =>
      expect((await collector.read(job(fetch))).source.error).toBeDefined(),
    );
    advance(16_000);
    fetch.mockResolvedValue({ n: 2 });
    expect((await collector.read(job(fetch))).source.status).toBe('stale');
    await eventually(async () =>
      expect(await collector.read(job(fetch))).toMatchObject({
        value: { n: 2 },
        source: { status: 'ok' },
      }),
    );
  });

  it('does not hammer a failing source: readers get the failure until the backoff ends', async () => {
    const { collector, advance } = setup();
    const fetch = jest
      .fn()
      .mockRejectedValue(
        Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
      );
    await collector.read(job(fetch));
    await collector.read(job(fetch));
    expect(fetch).toHaveBeenCalledTimes(1);
    advance(15_001);
    await collector.read(job(fetch));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('honours a source asking not to be called before a reset time', async () => {
    const { collector, advance } = setup();
    const fetch = jest
      .fn()
      .mockResolvedValueOnce({ n: 1 })
      .mockRejectedValueOnce(
        new SourceUnavailableError('RATE_LIMITED', 'Rate limited', {
          retryAfterMs: 30_000,
        }),
      )
      .mockResolvedValue({ n: 2 });
    await collector.read(job(fetch));
    advance(61_000);
    expect((await collector.read(job(fetch))).source.status).toBe('stale');
    await eventually(async () =>
      expect((await collector.read(job(fetch))).source.error).toMatchObject({
        type: 'RATE_LIMITED',
      }),
    );
    advance(20_000);
    const during = await collector.refresh(job(fetch));
    expect(during).toMatchObject({
      value: { n: 1 },
      source: { status: 'stale', error: { type: 'RATE_LIMITED' } },
    });
    expect(fetch).toHaveBeenCalledTimes(2);
    advance(11_000);
    await expect(collector.refresh(job(fetch))).resolves.toMatchObject({
      value: { n: 2 },
    });
  });

  it('runs at most `concurrency` source calls at once', async () => {
    const { collector } = setup();
    let running = 0;
    let peak = 0;
    const fetch = async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise(r => setTimeout(r, 20));
      running--;
      return { ok: true };
    };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => collector.read(job(fetch, `k${i}`))),
    );
    expect(peak).toBe(3);
    expect(results.every(r => r.source.status === 'ok')).toBe(true);
  });

  it('reports the time the data was taken when the source knows it', async () => {
    const { collector } = setup();
    const result = await collector.read({
      ...job(async () => ({ takenAt: '2026-11-20T08:00:00Z' })),
      asOf: v => v.takenAt,
    });
    expect(result.source.fetchedAt).toBe('2026-11-20T08:00:00Z');
  });

  it('refreshes every registered job', async () => {
    const { collector } = setup();
    const a = jest.fn().mockResolvedValue(1);
    const b = jest.fn().mockResolvedValue(2);
    collector.register(job(a, 'a'));
    collector.register(job(b, 'b'));
    await collector.refreshAll();
    await collector.refreshAll();
    expect(a).toHaveBeenCalledTimes(2);
    expect(b).toHaveBeenCalledTimes(2);
  });

  it('refreshes in the background only what would expire before the next run', async () => {
    const { collector, advance } = setup();
    const fresh = jest.fn().mockResolvedValue(1);
    const failing = jest.fn().mockRejectedValue(new Error('down'));
    collector.register(job(fresh, 'fresh'));
    collector.register(job(failing, 'failing'));
    await collector.refreshAll({ untilNextRunMs: 30_000 });
    expect(fresh).toHaveBeenCalledTimes(1);
    expect(failing).toHaveBeenCalledTimes(1);

    advance(30_000); // fresh until +60 s, next run at +60 s: skipped
    await collector.refreshAll({ untilNextRunMs: 30_000 });
    expect(fresh).toHaveBeenCalledTimes(1);
    expect(failing).toHaveBeenCalledTimes(2);

    advance(30_000); // would expire before the run after this one: refreshed
    await collector.refreshAll({ untilNextRunMs: 30_000 });
    expect(fresh).toHaveBeenCalledTimes(2);
  });

  it('reads the cache once per read, also when it has to call the source', async () => {
    const cache = CacheManager.fromConfig(
      new ConfigReader({ backend: { cache: { store: 'memory' } } }),
    ).forPlugin('release-readiness');
    const get = jest.spyOn(cache, 'get');
    const counted = Collector.create({
      cache,
      logger: mockServices.logger.mock(),
      options,
    });
    const fetch = jest.fn().mockResolvedValue({ n: 1 });
    await counted.read(job(fetch)); // miss: one read, then the call
    expect(get).toHaveBeenCalledTimes(1);
    await counted.read(job(fetch)); // fresh hit
    expect(get).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('forgets a cached value: the next read calls the source again', async () => {
    const { collector } = setup();
    const fetch = jest.fn().mockResolvedValue({ n: 1 });
    const other = jest.fn().mockResolvedValue({ n: 2 });
    await collector.read(job(fetch));
    await collector.read(job(other, 'other'));
    await collector.forget('workloads:prod');
    await collector.read(job(fetch));
    await collector.read(job(other, 'other'));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(other).toHaveBeenCalledTimes(1);
  });
});
