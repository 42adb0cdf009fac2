import type { CalendarResponse } from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';

/** How far ahead the board looks for the next window. */
export const WINDOW_LOOKAHEAD_DAYS = 14;

/**
 * What the calendar says about releasing now: a freeze that is on (until when), else the release
 * window that is open or comes next when the environment needs one, else "no window needed".
 * Pure; `now` in milliseconds.
 */
export function describeWindows(
  calendar: CalendarResponse,
  now: number,
): string {
  const active = (kind: 'freeze' | 'release') =>
    calendar.occurrences.find(
      o =>
        o.kind === kind &&
        Date.parse(o.start) <= now &&
        now < Date.parse(o.end),
    );
  const freeze = active('freeze');
  if (freeze) {
    return `${freeze.title}: frozen until ${formatTime(
      freeze.end,
      freeze.timeZone,
    )}`;
  }
  const open = active('release');
  if (open) {
    return `${open.title}: open until ${formatTime(open.end, open.timeZone)}`;
  }
  const next = calendar.occurrences.find(
    o => o.kind === 'release' && Date.parse(o.start) > now,
  );
  if (next) {
    return `next: ${next.title}, ${formatTime(next.start, next.timeZone)}`;
  }
  return calendar.releaseWindowRequired
    ? `no release window in the next ${WINDOW_LOOKAHEAD_DAYS} days`
    : 'no freeze now; no release window needed';
}
