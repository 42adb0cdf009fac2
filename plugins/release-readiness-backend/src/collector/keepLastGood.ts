import { CacheEntry } from './collectorTypes';
import { CollectorOptions } from './readCollectorOptions';

/**
 * The cache entry after a failed or skipped call: `outcome` plus the last good value of
 * `previous` while that is still usable (not older than `maxStale`).
 *
 * @returns the entry, and `ttlMs` (how long the value stays usable) when the value was kept.
 */
export function keepLastGood(
  previous: CacheEntry | undefined,
  outcome: Pick<CacheEntry, 'failedAt' | 'error' | 'retryAt'>,
  now: number,
  options: Pick<CollectorOptions, 'maxStaleMs'>,
): { entry: CacheEntry; ttlMs?: number } {
  const fetchedAt = previous?.fetchedAt;
  if (fetchedAt === undefined || now - fetchedAt > options.maxStaleMs) {
    return { entry: { ...outcome } };
  }
  return {
    entry: {
      value: previous?.value,
      fetchedAt,
      asOf: previous?.asOf,
      ...outcome,
    },
    ttlMs: fetchedAt + options.maxStaleMs - now,
  };
}
