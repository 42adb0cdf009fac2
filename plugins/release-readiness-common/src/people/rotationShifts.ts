import { DateTime } from 'luxon';
import { handoverOn, toDateTime, toIso, weekStartDate } from './handoverWeek';
import type { OnCallRole, OnCallRotation } from './onCallTypes';

/**
 * One shift of a configured rotation: a catalog user ref holding a duty for one week.
 *
 * @public
 */
export interface RotationShift {
  role: OnCallRole;
  /** ISO 8601, UTC. */
  start: string;
  /** ISO 8601, UTC, exclusive. */
  end: string;
  /** The configured member, e.g. `user:mara.schulz`. */
  member: string;
}

/** Ranges longer than this are refused, so a typo cannot make the backend loop for long. */
const MAX_WEEKS = 520;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function firstHandoverDate(rotation: OnCallRotation): DateTime {
  const start = DATE.test(rotation.start)
    ? DateTime.fromISO(rotation.start, { zone: 'utc' })
    : DateTime.invalid('not YYYY-MM-DD');
  if (!start.isValid) {
    throw new TypeError(
      `Invalid rotation start '${rotation.start}', expected YYYY-MM-DD`,
    );
  }
  const forward = (rotation.handover.weekday - start.weekday + 7) % 7;
  return start.plus({ days: forward });
}

function pick<T>(list: T[], index: number): T | undefined {
  return list.length
    ? list[((index % list.length) + list.length) % list.length]
    : undefined;
}

/**
 * The shifts of a configured weekly rotation that overlap `range`.
 *
 * @remarks
 * Week `k` (counted from the first handover on or after `rotation.start`) runs from that week's
 * handover to the next, at the configured local time in the configured time zone, so it moves
 * with daylight saving time. The lists wrap around independently (`k mod length`), so primaries
 * and backups may have different lengths; a `null` entry leaves that duty vacant for the week,
 * which {@link findOnCallGaps} reports as a gap. Before the first handover there are no shifts.
 * Shifts are not clipped to the range.
 *
 * @public
 */
export function rotationShifts(
  rotation: OnCallRotation,
  range: { start: string; end: string },
): RotationShift[] {
  const from = toDateTime(range.start);
  const to = toDateTime(range.end);
  const first = firstHandoverDate(rotation);
  if (to <= from) {
    return [];
  }
  const { handover } = rotation;

  let date = weekStartDate(handover, from);
  if (date < first) {
    date = first;
  }
  let index = Math.round(date.diff(first, 'days').days / 7);
  const shifts: RotationShift[] = [];
  let weeks = 0;
  for (let start = handoverOn(handover, date); start < to; index++) {
    if (++weeks > MAX_WEEKS) {
      throw new RangeError(
        `Ranges longer than ${MAX_WEEKS} weeks are not supported`,
      );
    }
    date = date.plus({ days: 7 });
    const end = handoverOn(handover, date);
    for (const [role, list] of [
      ['primary', rotation.primaries],
      ['backup', rotation.backups],
    ] as const) {
      const member = pick(list, index);
      if (member) {
        shifts.push({ role, start: toIso(start), end: toIso(end), member });
      }
    }
    start = end;
  }
  return shifts;
}
