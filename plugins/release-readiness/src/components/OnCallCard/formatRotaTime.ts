import { DateTime } from 'luxon';

/** A rota time in the rota's time zone, e.g. `Mon 30 Mar, 09:00`. */
export function formatRotaTime(iso: string, timeZone?: string): string {
  const at = DateTime.fromISO(iso, { zone: timeZone ?? 'local' });
  return at.isValid ? at.toFormat('ccc d LLL, HH:mm') : iso;
}

/** A rota stretch, e.g. `Mon 23 Mar, 09:00 – Mon 30 Mar, 09:00`. */
export function formatRotaRange(
  range: { start: string; end: string },
  timeZone?: string,
): string {
  return `${formatRotaTime(range.start, timeZone)} – ${formatRotaTime(
    range.end,
    timeZone,
  )}`;
}
