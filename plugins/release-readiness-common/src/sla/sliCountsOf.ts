import { formatSeconds } from './formatSeconds';
import type { SloKind, SlaWindowCounts } from './types';

/** Thresholds closer than this to a bucket boundary (or an asked threshold) are the same. */
export const THRESHOLD_TOLERANCE = 1e-9;

/**
 * What one window's counts say about an objective: the requests and how many of them were good
 * and bad for its kind, or why there is no data.
 *
 * @internal
 */
export type SliReading =
  | { kind: 'counts'; total: number; good: number; bad: number }
  | { kind: 'missing'; requests: number | null; reason: string };

const isCount = (n: number) => Number.isFinite(n) && n >= 0;

/**
 * Reads one window's counts for an objective. Availability and error-rate count the errors as
 * bad (an absent error series is 0 errors, as Pyrra's `or vector(0)`); latency counts the
 * requests within `threshold` as good. Counts are kept within 0…total, so availability is never
 * above 1 or below 0.
 *
 * @remarks
 * No data (never 100 %): the window was not measured, the request series is absent, the window
 * had no traffic, a count is negative or not a number (e.g. a counter reset read as a plain
 * difference), or a latency objective's within-threshold series is absent.
 *
 * @internal
 */
export function sliCountsOf(
  kind: SloKind,
  threshold: number | undefined,
  counts: SlaWindowCounts | undefined,
): SliReading {
  if (!counts) {
    return {
      kind: 'missing',
      requests: null,
      reason: 'the source did not measure this window: no data',
    };
  }
  const { total } = counts;
  if (total === null) {
    return {
      kind: 'missing',
      requests: null,
      reason: 'no request series in the window: no data',
    };
  }
  if (!isCount(total)) {
    return {
      kind: 'missing',
      requests: null,
      reason: 'the source returned an unusable request count: no data',
    };
  }
  if (total === 0) {
    return {
      kind: 'missing',
      requests: 0,
      reason: 'no traffic in the window: no data',
    };
  }
  if (kind !== 'latency') {
    const errors = counts.errors ?? 0;
    if (!isCount(errors)) {
      return {
        kind: 'missing',
        requests: total,
        reason: 'the source returned an unusable error count: no data',
      };
    }
    const bad = Math.min(errors, total);
    return { kind: 'counts', total, good: total - bad, bad };
  }
  if (threshold === undefined) {
    return {
      kind: 'missing',
      requests: total,
      reason: 'the latency objective has no threshold: no data',
    };
  }
  const within = counts.within?.find(
    w => Math.abs(w.threshold - threshold) <= THRESHOLD_TOLERANCE,
  )?.count;
  if (within === undefined || within === null) {
    return {
      kind: 'missing',
      requests: total,
      reason: `no series of the requests within ${formatSeconds(
        threshold,
      )}: no data`,
    };
  }
  if (!isCount(within)) {
    return {
      kind: 'missing',
      requests: total,
      reason: 'the source returned an unusable within-threshold count: no data',
    };
  }
  const good = Math.min(within, total);
  return { kind: 'counts', total, good, bad: total - good };
}
