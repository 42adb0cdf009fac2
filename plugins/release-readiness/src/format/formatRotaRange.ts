import { formatRotaTime } from './formatRotaTime';

/** A rota stretch in the rota's time zone, e.g. `Mon 23 Mar, 09:00 – Mon 30 Mar, 09:00`. */
export function formatRotaRange(
  range: { start: string; end: string },
  timeZone?: string,
  language?: string,
): string {
  return `${formatRotaTime(range.start, timeZone, language)} – ${formatRotaTime(
    range.end,
    timeZone,
    language,
  )}`;
}
