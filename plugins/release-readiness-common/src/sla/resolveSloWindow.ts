import { InputError } from '@backstage/errors';
import { DateTime, Duration } from 'luxon';

/**
 * The window an objective is measured over, as an ISO 8601 duration: a rolling window (e.g.
 * `P30D`) as it is, and `calendar-month` as the time since the start of the month (UTC) of
 * `at`, in whole seconds (e.g. `P9DT12H` on the 10th at noon; `PT0S` at midnight of the 1st).
 *
 * @remarks
 * Pure. The backend asks the source for the resolved window and the evaluation looks the counts
 * up under the same string, so both must resolve it with this function and the same `at`.
 *
 * @param window - an objective's `window`
 * @param at - the moment measured (ISO)
 * @throws `InputError` naming `at` when a calendar month is resolved at an invalid time
 * @public
 */
export function resolveSloWindow(window: string, at: string): string {
  if (window !== 'calendar-month') {
    return window;
  }
  const moment = DateTime.fromISO(at, { zone: 'utc' });
  if (!moment.isValid) {
    throw new InputError(`Invalid 'at': '${at}' is not an ISO 8601 time`);
  }
  const elapsedMs = moment.toMillis() - moment.startOf('month').toMillis();
  const wholeSeconds = Math.floor(elapsedMs / 1000) * 1000;
  return Duration.fromMillis(wholeSeconds)
    .shiftTo('days', 'hours', 'minutes', 'seconds')
    .toISO();
}
