import { DateTime } from 'luxon';
import { localeFormatsOf } from './localeFormatsOf';

/**
 * A moment with its zone, e.g. `Tue 31 Mar, 20:00 CEST` (`language` `de`: `Di. 31. März, 20:00
 * MESZ`), in `zone` (an IANA zone such as a window rule's) or, without one, the browser's. An
 * unreadable time is shown as given.
 */
export function formatTime(
  iso: string,
  zone?: string,
  language?: string,
): string {
  const at = DateTime.fromISO(iso, { setZone: false });
  if (!at.isValid) {
    return iso;
  }
  const { locale, day } = localeFormatsOf(language);
  return (zone ? at.setZone(zone) : at)
    .setLocale(locale)
    .toFormat(`${day}, HH:mm ZZZZ`);
}
