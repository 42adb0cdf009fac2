import { Duration } from 'luxon';
import {
  englishTranslate,
  type ReleaseReadinessTranslate,
} from '../../translations';

const UNITS = [
  [24 * 3600, 'board.duration.day'],
  [3600, 'board.duration.hour'],
  [60, 'board.duration.minute'],
  [1, 'board.duration.second'],
] as const;

/**
 * An ISO 8601 duration (an SLO window, an RPO, a backup's age) for people, in its two largest
 * units: `PT5M` → `5 min`, `PT26H` → `26 h`, `P1DT20H13M` → `44 h 13 min`, `P30D` → `30 days`
 * (the unit words from `t`, default English). Hours are used up to 48 h, days from then on; a
 * duration that cannot be read is shown as given.
 *
 * @public
 */
export function formatDuration(
  iso: string,
  t: ReleaseReadinessTranslate = englishTranslate,
): string {
  const duration = Duration.fromISO(iso);
  if (!duration.isValid) {
    return iso;
  }
  let seconds = Math.floor(Math.max(0, duration.as('seconds')));
  if (seconds === 0) {
    return t('board.duration.second', { count: 0 });
  }
  const units = seconds < 48 * 3600 ? UNITS.slice(1) : UNITS;
  const parts: string[] = [];
  for (const [size, key] of units) {
    const count = Math.floor(seconds / size);
    seconds -= count * size;
    if (count > 0) {
      parts.push(t(key, { count }));
    } else if (parts.length > 0) {
      // the two largest units are consecutive: "2 days 3 h", never "2 days 5 min"
      break;
    }
    if (parts.length === 2) {
      break;
    }
  }
  return parts.join(' ');
}
