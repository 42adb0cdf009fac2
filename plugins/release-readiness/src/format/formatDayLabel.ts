import type { DateTime } from 'luxon';
import { localeFormatsOf } from './localeFormatsOf';

/**
 * A calendar day header, e.g. `Tue 31 Mar` (`language` `de`: `Di. 31. März`), for a day in the
 * zone it was made in.
 */
export function formatDayLabel(day: DateTime, language?: string): string {
  const { locale, day: pattern } = localeFormatsOf(language);
  return day.setLocale(locale).toFormat(pattern);
}
