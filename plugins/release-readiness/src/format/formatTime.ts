import { DateTime } from 'luxon';

/**
 * A moment with its zone, e.g. `Tue 31 Mar, 20:00 CEST`, in `zone` (an IANA zone such as a
 * window rule's) or, without one, the browser's. An unreadable time is shown as given.
 */
export function formatTime(iso: string, zone?: string): string {
  const at = DateTime.fromISO(iso, { setZone: false });
  if (!at.isValid) {
    return iso;
  }
  return (zone ? at.setZone(zone) : at)
    .setLocale('en-GB')
    .toFormat('ccc d LLL, HH:mm ZZZZ');
}
