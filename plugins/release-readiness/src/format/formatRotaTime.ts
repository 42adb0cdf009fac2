import { DateTime } from 'luxon';

/**
 * A rota time in the rota's time zone (without one, the browser's), e.g. `Mon 30 Mar, 09:00`;
 * the zone is said once per card, not per time. An unreadable time is shown as given.
 */
export function formatRotaTime(iso: string, timeZone?: string): string {
  const at = DateTime.fromISO(iso, { zone: timeZone ?? 'local' });
  return at.isValid ? at.toFormat('ccc d LLL, HH:mm') : iso;
}
