import { InputError } from '@backstage/errors';
import { DateTime, Duration } from 'luxon';

/**
 * The length in hours of the period an SLO's error budget covers, for scaling burn-rate
 * thresholds: a rolling window's length (`P30D` is 720 h), and for `calendar-month` the whole
 * month of `at` (UTC), e.g. 744 h in March, not only the part of it that has passed.
 *
 * @param window - the objective's `window` as the policy gives it (not resolved)
 * @param at - the moment measured (ISO)
 * @throws `InputError` naming the window when it is neither a duration nor `calendar-month`
 * @public
 */
export function sloPeriodHours(window: string, at: string): number {
  if (window === 'calendar-month') {
    const moment = DateTime.fromISO(at, { zone: 'utc' });
    if (!moment.isValid) {
      throw new InputError(`Invalid 'at': '${at}' is not an ISO 8601 time`);
    }
    return moment.daysInMonth * 24;
  }
  const hours = Duration.fromISO(window).as('hours');
  if (!(hours > 0)) {
    throw new InputError(
      `Invalid SLO window '${window}': use an ISO 8601 duration such as P30D, or calendar-month`,
    );
  }
  return hours;
}
