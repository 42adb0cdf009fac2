import { clampRetryAfterMs } from '@release-readiness/plugin-release-readiness-node';

/**
 * The `retryAfterMs` of a `SourceUnavailableError` (or of a look-alike from another copy of the
 * package): how long the source asked not to be called, clamped to [1 s, 15 min] whatever a
 * module passes (`clampRetryAfterMs`), so that no source can hold itself back for longer.
 * Undefined unless a positive, finite number.
 */
export function retryAfterOf(error: unknown): number | undefined {
  if (
    typeof error !== 'object' ||
    error === null ||
    !('retryAfterMs' in error)
  ) {
    return undefined;
  }
  const { retryAfterMs } = error;
  return typeof retryAfterMs === 'number' &&
    Number.isFinite(retryAfterMs) &&
    retryAfterMs > 0
    ? clampRetryAfterMs(retryAfterMs)
    : undefined;
}
