import { Duration } from 'luxon';

/**
 * An age as an ISO 8601 duration in whole seconds, e.g. `P1DT2H` or `P1DT1S`.
 *
 * @internal
 */
export function isoAge(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return (
    Duration.fromObject({ seconds })
      .shiftTo('days', 'hours', 'minutes', 'seconds')
      .toISO() ?? 'PT0S'
  );
}
