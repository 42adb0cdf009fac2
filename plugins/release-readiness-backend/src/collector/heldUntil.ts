import { CacheEntry } from './collectorTypes';
import { failureBackoffMs } from './failureBackoffMs';
import { CollectorOptions } from './readCollectorOptions';

/**
 * Until when (epoch ms) readers do not call the source of a cache entry: the failure back-off
 * after a failed call, or the time the source or its rate-limit group asked for.
 */
export function heldUntil(
  entry: CacheEntry,
  options: Pick<CollectorOptions, 'cacheTtlMs'>,
): number {
  return Math.max(
    entry.failedAt !== undefined
      ? entry.failedAt + failureBackoffMs(options)
      : 0,
    entry.retryAt ?? 0,
  );
}
