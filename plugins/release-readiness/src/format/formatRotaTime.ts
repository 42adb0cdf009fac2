import { DateTime } from 'luxon';
import { localeFormatsOf } from './localeFormatsOf';

/**
 * A rota time in the rota's time zone (without one, the browser's), e.g. `Mon 30 Mar, 09:00`
 * (`language` `de`: `Mo. 30. März, 09:00`); the zone is said once per card, not per time. An
 * unreadable time is shown as given.
 */
export function formatRotaTime(
  iso: string,
  timeZone?: string,
  language?: string,
): string {
  const at = DateTime.fromISO(iso, { zone: timeZone ?? 'local' });
  if (!at.isValid) {
    return iso;
  }
  const { locale, day } = localeFormatsOf(language);
  return at.setLocale(locale).toFormat(`${day}, HH:mm`);
}
