import { DateTime } from 'luxon';

/** `Tue 31 Mar, 20:00 CEST` in the given zone (default: the browser's). */
export function formatTime(iso: string, zone?: string): string {
  const at = DateTime.fromISO(iso, { setZone: false });
  if (!at.isValid) {
    return iso;
  }
  return (zone ? at.setZone(zone) : at)
    .setLocale('en-GB')
    .toFormat('ccc d LLL, HH:mm ZZZZ');
}

/** `20:00` in the given zone. */
export function formatClock(iso: string, zone?: string): string {
  const at = DateTime.fromISO(iso);
  return at.isValid ? (zone ? at.setZone(zone) : at).toFormat('HH:mm') : iso;
}
