import { CacheEntry, Collected } from './collectorTypes';
import { CollectorOptions } from './readCollectorOptions';

/**
 * What readers see of a cache entry at `now`: `ok` while it is within the cache TTL and the last
 * call did not fail, `stale` (with its age and the last error, if any) until it is `maxStale`
 * old, then `unavailable`.
 */
export function toCollected(
  sourceName: string,
  entry: CacheEntry,
  now: number,
  options: Pick<CollectorOptions, 'cacheTtlMs' | 'maxStaleMs'>,
): Collected<unknown> {
  if (
    entry.fetchedAt === undefined ||
    now - entry.fetchedAt > options.maxStaleMs
  ) {
    return {
      source: {
        name: sourceName,
        status: 'unavailable',
        error: entry.error ?? { type: 'UNKNOWN', message: 'No data yet' },
      },
    };
  }
  const stale =
    entry.failedAt !== undefined || now - entry.fetchedAt >= options.cacheTtlMs;
  return {
    value: entry.value,
    source: {
      name: sourceName,
      fetchedAt: entry.asOf ?? new Date(entry.fetchedAt).toISOString(),
      status: stale ? 'stale' : 'ok',
      ...(stale && entry.error && { error: entry.error }),
    },
  };
}
