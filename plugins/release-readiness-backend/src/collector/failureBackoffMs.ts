import { CollectorOptions } from './readCollectorOptions';

/** A failed call is not retried by readers for this long at most (unless a source asks for longer). */
const MAX_FAILURE_BACKOFF_MS = 15_000;

/** How long readers do not call a source again after it failed: the cache TTL, at most 15 s. */
export function failureBackoffMs(
  options: Pick<CollectorOptions, 'cacheTtlMs'>,
): number {
  return Math.min(options.cacheTtlMs, MAX_FAILURE_BACKOFF_MS);
}
