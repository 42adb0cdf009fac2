import {
  ChangeWindowStatus,
  evaluateChangeWindow,
  STANDARD_CHANGE_TYPE,
} from '../calendar';
import type { ChangeWindowRule, ReadinessPolicy } from './policyTypes';

/**
 * How far ahead the calendar looks for the next allowed window.
 *
 * @public
 */
export const READINESS_WINDOW_HORIZON_DAYS = 60;

/**
 * The freeze and release calendar's answer for a change at `at` (ISO, UTC) under the policy's
 * change-window rule; undefined when the policy has none.
 */
export function changeWindowOf(
  policy: ReadinessPolicy,
  at: string,
  changeType: string = STANDARD_CHANGE_TYPE,
): ChangeWindowStatus | undefined {
  const rule = policy.preconditions.find(
    (p): p is ChangeWindowRule => p.type === 'change-window',
  );
  return rule
    ? evaluateChangeWindow({
        windows: policy.windows,
        at,
        changeType,
        releaseWindowRequired: rule.requireReleaseWindow,
        releaseWindowExemptChangeTypes: rule.releaseWindowExemptChangeTypes,
        horizonDays: READINESS_WINDOW_HORIZON_DAYS,
      })
    : undefined;
}
