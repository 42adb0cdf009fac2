import { clipRange } from './clipRange';
import { currentOnCall } from './currentOnCall';
import { findOnCallGaps } from './findOnCallGaps';
import type { OnCallCoverage, OnCallShift } from './onCallTypes';

/**
 * The on-call coverage of a time range (e.g. a release window): who is on call when it starts,
 * the gaps in it, and whether the shifts are known for all of it.
 *
 * @param shifts - the shifts of both duties
 * @param range - the time range to check
 * @param covered - the range the shifts are known for; absent = complete
 * @public
 */
export function onCallCoverageOf(
  shifts: OnCallShift[],
  range: { start: string; end: string },
  covered?: { start: string; end: string },
): Pick<OnCallCoverage, 'known' | 'primary' | 'backup' | 'gaps'> {
  const known =
    !covered ||
    (Date.parse(covered.start) <= Date.parse(range.start) &&
      Date.parse(covered.end) >= Date.parse(range.end));
  const checked = clipRange(range, covered);
  const { primary, backup } = currentOnCall(shifts, range.start);
  return {
    known,
    primary,
    backup,
    gaps: checked ? findOnCallGaps(shifts, checked) : [],
  };
}
