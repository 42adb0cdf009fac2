import type { BucketBoundary } from './BucketBoundary';

/** How the within-threshold count of one threshold is read from bucket counts. */
export interface WithinPlan {
  /** The `le` values whose counts are needed. */
  les: string[];
  /** The count from those buckets' counts (`null` when one of them is null or none fits). */
  count(counts: ReadonlyMap<string, number | null>): number | null;
}

/** Thresholds this close to a boundary are that boundary (`0.1` vs `0.1000000001`). */
const TOLERANCE = 1e-9;

/**
 * How many requests were answered within `threshold` seconds, from the histogram's buckets:
 *
 * - a boundary (within 1e-9): that bucket's count, exact;
 * - between two finite boundaries: linear interpolation between their counts, as
 *   `histogram_quantile` interpolates (the first bucket's lower bound is 0); the evaluation marks
 *   such a result approximate, since `threshold` is not in the boundaries;
 * - above the highest finite boundary: that bucket's count (a lower bound: nothing can be
 *   interpolated into the `+Inf` bucket);
 * - no buckets: null (no data).
 */
export function planWithin(
  threshold: number,
  boundaries: readonly BucketBoundary[],
): WithinPlan {
  const exact = boundaries.find(
    b => Math.abs(b.bound - threshold) <= TOLERANCE,
  );
  if (exact) {
    return { les: [exact.le], count: counts => counts.get(exact.le) ?? null };
  }
  const finite = boundaries.filter(b => Number.isFinite(b.bound));
  const lower = [...finite].reverse().find(b => b.bound < threshold);
  const upper = finite.find(b => b.bound > threshold);
  if (!upper) {
    return lower
      ? { les: [lower.le], count: counts => counts.get(lower.le) ?? null }
      : { les: [], count: () => null };
  }
  const lowerBound = lower ? lower.bound : 0;
  if (upper.bound <= lowerBound) {
    return { les: [], count: () => null };
  }
  return {
    les: lower ? [lower.le, upper.le] : [upper.le],
    count: counts => {
      const lowerCount = lower ? counts.get(lower.le) ?? null : 0;
      const upperCount = counts.get(upper.le) ?? null;
      if (lowerCount === null || upperCount === null) {
        return null;
      }
      return (
        lowerCount +
        ((upperCount - lowerCount) * (threshold - lowerBound)) /
          (upper.bound - lowerBound)
      );
    },
  };
}
