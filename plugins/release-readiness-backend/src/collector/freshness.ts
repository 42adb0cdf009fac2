import type { CacheEntry } from './collectorTypes';
import type { CollectorOptions } from './readCollectorOptions';

/** A cached value readers may take as it is: younger than the cache TTL, last call succeeded. */
export function isFresh(
  entry: CacheEntry,
  now: number,
  options: Pick<CollectorOptions, 'cacheTtlMs'>,
): boolean {
  return (
    entry.fetchedAt !== undefined &&
    entry.failedAt === undefined &&
    now - entry.fetchedAt < options.cacheTtlMs
  );
}

/** A value fetched at `fetchedAt` may still be served (as stale): not older than `maxStale`. */
export function isUsable(
  fetchedAt: number,
  now: number,
  options: Pick<CollectorOptions, 'maxStaleMs'>,
): boolean {
  return now - fetchedAt <= options.maxStaleMs;
}
