import { DateTime } from 'luxon';
import { fromFloating, toFloating } from './floatingTime';
import { parseRecurrence } from './parseRecurrence';
import { parseWindowDuration } from './parseWindowDuration';
import type { CalendarOccurrence, CalendarWindow } from './types';

/** Extra room when mapping a range into floating time: DST shifts and occurrences that began earlier. */
const SLACK_MS = 2 * 24 * 3600_000;

function occurrencesOf(
  window: CalendarWindow,
  from: DateTime,
  to: DateTime,
): CalendarOccurrence[] {
  const { rule, timeZone } = parseRecurrence(window.recurrence);
  const duration = parseWindowDuration(window.duration);
  const durationMs = duration.as('milliseconds');
  const floatingFrom = new Date(
    toFloating(from, timeZone).getTime() - durationMs - SLACK_MS,
  );
  const floatingTo = new Date(toFloating(to, timeZone).getTime() + SLACK_MS);
  const result: CalendarOccurrence[] = [];
  for (const floating of rule.between(floatingFrom, floatingTo, true)) {
    const start = fromFloating(floating, timeZone);
    const end = start.plus(duration);
    if (start < to && end > from) {
      result.push({
        windowId: window.id,
        title: window.title,
        kind: window.kind,
        start: start.toUTC().toISO()!,
        end: end.toUTC().toISO()!,
        timeZone,
        exemptChangeTypes: window.exemptChangeTypes ?? [],
      });
    }
  }
  return result;
}

/**
 * Every occurrence of `windows` that overlaps `from`–`to` (ISO times; `to` exclusive), sorted by
 * start, then by window id.
 *
 * @throws Error when a window's recurrence or duration is invalid (validate at start-up with
 * {@link parseRecurrence} and {@link parseWindowDuration})
 * @public
 */
export function listOccurrences(
  windows: CalendarWindow[],
  from: string,
  to: string,
): CalendarOccurrence[] {
  const start = DateTime.fromISO(from, { zone: 'utc' });
  const end = DateTime.fromISO(to, { zone: 'utc' });
  if (!start.isValid || !end.isValid) {
    throw new Error(`Invalid time range ${from} – ${to}`);
  }
  return windows
    .flatMap(window => occurrencesOf(window, start, end))
    .sort(
      (a, b) =>
        Date.parse(a.start) - Date.parse(b.start) ||
        a.windowId.localeCompare(b.windowId),
    );
}
