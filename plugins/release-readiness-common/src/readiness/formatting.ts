import { DateTime } from 'luxon';

/**
 * A moment for reason texts, e.g. `Tue 24 Mar 20:00 CET`, in the given IANA zone (default UTC).
 *
 * @public
 */
export function formatMoment(iso: string, zone = 'UTC'): string {
  const at = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  return at.isValid
    ? at.setLocale('en-GB').toFormat('ccc d LLL HH:mm ZZZZ')
    : iso;
}

/**
 * A length of time for reason texts: minutes below 2 h, hours below 2 days, then days.
 *
 * @public
 */
export function formatSpan(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) {
    return `${minutes} min`;
  }
  const hours = Math.round(ms / 3600_000);
  if (hours < 48) {
    return `${hours} h`;
  }
  return `${Math.round(ms / (24 * 3600_000))} days`;
}

/** `a, b and c`. */
export function listOf(items: string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
