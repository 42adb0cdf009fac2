import type { CalendarResponse } from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';
import {
  englishTranslate,
  type ReleaseReadinessTranslate,
} from '../../translations';

/** How far ahead the board looks for the next window. */
export const WINDOW_LOOKAHEAD_DAYS = 14;

/**
 * What the calendar says about releasing now: a freeze that is on (until when), else the release
 * window that is open or comes next when the environment needs one, else "no window needed".
 * Pure; `now` in milliseconds; the words from `t` and the times in `language` (default English).
 */
export function describeWindows(
  calendar: CalendarResponse,
  now: number,
  t: ReleaseReadinessTranslate = englishTranslate,
  language?: string,
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
    return t('board.tile.windowFrozen', {
      title: freeze.title,
      until: formatTime(freeze.end, freeze.timeZone, language),
    });
  }
  const open = active('release');
  if (open) {
    return t('board.tile.windowOpen', {
      title: open.title,
      until: formatTime(open.end, open.timeZone, language),
    });
  }
  const next = calendar.occurrences.find(
    o => o.kind === 'release' && Date.parse(o.start) > now,
  );
  if (next) {
    return t('board.tile.windowNext', {
      title: next.title,
      start: formatTime(next.start, next.timeZone, language),
    });
  }
  return calendar.releaseWindowRequired
    ? t('board.tile.windowNone', { count: WINDOW_LOOKAHEAD_DAYS })
    : t('board.tile.windowNotNeeded');
}
