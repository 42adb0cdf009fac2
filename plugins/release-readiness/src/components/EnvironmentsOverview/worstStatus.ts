import type { ReadinessItemStatus } from '@release-readiness/plugin-release-readiness-common';

/** Worst first: an unknown is worse than a warning, so it never hides behind one. */
const RANK: Record<ReadinessItemStatus, number> = {
  fail: 0,
  unknown: 1,
  warn: 2,
  pass: 3,
};

/**
 * The worst of some statuses (fail, unknown, warn, pass in that order), for a board tile that
 * sums up several services or backup items; `unknown` when there are none (nothing proves a
 * pass).
 */
export function worstStatus(
  statuses: readonly ReadinessItemStatus[],
): ReadinessItemStatus {
  let worst: ReadinessItemStatus | undefined;
  for (const status of statuses) {
    if (worst === undefined || RANK[status] < RANK[worst]) {
      worst = status;
    }
  }
  return worst ?? 'unknown';
}
