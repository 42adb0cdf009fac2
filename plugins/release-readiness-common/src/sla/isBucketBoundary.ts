import { THRESHOLD_TOLERANCE } from './sliCountsOf';

/**
 * Whether a latency threshold is one of the histogram's bucket boundaries (within 1e-9), so that
 * `bucket{le=T} / count` is exact. Unknown boundaries are not proof of exactness: false.
 *
 * @internal
 */
export function isBucketBoundary(
  threshold: number,
  boundaries: number[] | undefined,
): boolean {
  return (boundaries ?? []).some(
    b => Math.abs(b - threshold) <= THRESHOLD_TOLERANCE,
  );
}
