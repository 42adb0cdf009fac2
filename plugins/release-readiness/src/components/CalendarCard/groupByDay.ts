import type { CalendarOccurrence } from '@release-readiness/plugin-release-readiness-common';
import { DateTime } from 'luxon';
import { formatDayLabel } from '../../format';

/** One day of the calendar, in the viewer's time zone, with the windows that touch it. */
export interface CalendarDay {
  /** `yyyy-MM-dd`. */
  date: string;
  label: string;
  freezes: CalendarOccurrence[];
  releases: CalendarOccurrence[];
}

/**
 * Spreads occurrences over the days from `from` to `to` (ISO) in `zone`; a window that spans
 * several days is listed on each of them. Day labels in `language` (default English).
 */
export function groupByDay(
  occurrences: CalendarOccurrence[],
  from: string,
  to: string,
  zone?: string,
  language?: string,
): CalendarDay[] {
  const days: CalendarDay[] = [];
  const end = DateTime.fromISO(to);
  for (
    let day = DateTime.fromISO(from, zone ? { zone } : {}).startOf('day');
    day < end;
    day = day.plus({ days: 1 })
  ) {
    const next = day.plus({ days: 1 });
    const touching = occurrences.filter(
      o => DateTime.fromISO(o.start) < next && DateTime.fromISO(o.end) > day,
    );
    days.push({
      date: day.toISODate()!,
      label: formatDayLabel(day, language),
      freezes: touching.filter(o => o.kind === 'freeze'),
      releases: touching.filter(o => o.kind === 'release'),
    });
  }
  return days;
}
