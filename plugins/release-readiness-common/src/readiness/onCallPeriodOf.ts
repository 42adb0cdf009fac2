import { Duration } from 'luxon';
import type { ChangeWindowStatus } from '../calendar';
import type { OnCallPeriod } from './evaluateOnCall';
import { formatSpan } from './formatting';
import type { OnCallReachableRule } from './policyTypes';

/**
 * The period on-call must cover for a change at `at`: the release window it goes out in, when
 * the calendar allows the change inside one, else the rule's `coverage` after the change.
 */
export function onCallPeriodOf(
  rule: OnCallReachableRule,
  at: string,
  window: ChangeWindowStatus | undefined,
): OnCallPeriod {
  const next = window?.nextAllowed;
  if (window?.allowed && next?.openNow && next.releaseWindow && next.end) {
    return { start: at, end: next.end, label: 'the release window' };
  }
  const coverageMs = Duration.fromISO(rule.coverage).as('milliseconds');
  return {
    start: at,
    end: new Date(Date.parse(at) + coverageMs).toISOString(),
    label: `the ${formatSpan(coverageMs)} after the change`,
  };
}
