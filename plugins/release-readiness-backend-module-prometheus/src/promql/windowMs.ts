import { parseWindowDuration } from '@release-readiness/plugin-release-readiness-common';

/** An ISO 8601 duration all of whose parts are zero, e.g. `PT0S`, `P0DT0H0M0S`. */
const ZERO_DURATION = /^P(?:T?0+(?:[.,]0+)?[YMWDHS])+$/;

/**
 * The length in whole milliseconds of a measured window: an ISO 8601 duration (`P30D`, `PT5M`;
 * months and years as luxon counts them, 30 and 365 days) or `calendar-month`, the time since the
 * start of `atMs`'s month (UTC). Zero for an empty window (`PT0S`: a calendar month resolved at
 * its first moment).
 *
 * @throws Error - for anything else
 */
export function windowMs(window: string, atMs: number): number {
  if (window === 'calendar-month') {
    const at = new Date(atMs);
    return Math.max(
      0,
      Math.round(atMs - Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)),
    );
  }
  if (ZERO_DURATION.test(window)) {
    return 0;
  }
  return Math.round(parseWindowDuration(window).as('milliseconds'));
}
