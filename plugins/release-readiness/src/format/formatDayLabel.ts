import type { DateTime } from 'luxon';

/** A calendar day header, e.g. `Tue 31 Mar`, for a day in the zone it was made in. */
export function formatDayLabel(day: DateTime): string {
  return day.setLocale('en-GB').toFormat('ccc d LLL');
}
