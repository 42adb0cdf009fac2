import type { InstantResult } from '../client/PrometheusResults';
import { parseSampleValue } from '../client/parseSampleValue';
import type { BucketBoundary } from './BucketBoundary';

/**
 * The bucket boundaries of a `count by (le) (…_bucket{…})` answer, ascending, `+Inf` included;
 * series without a readable `le` are left out.
 */
export function parseBucketBoundaries(result: InstantResult): BucketBoundary[] {
  if (result.type !== 'vector') {
    return [];
  }
  const byLe = new Map<string, BucketBoundary>();
  for (const { labels } of result.samples) {
    const le = labels.le;
    const bound = le === undefined ? NaN : parseSampleValue(le);
    if (le !== undefined && !Number.isNaN(bound)) {
      byLe.set(le, { le, bound });
    }
  }
  return [...byLe.values()].sort((a, b) => a.bound - b.bound);
}
