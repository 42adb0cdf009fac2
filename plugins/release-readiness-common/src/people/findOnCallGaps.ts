import type { OnCallGap, OnCallRole, OnCallShift } from './onCallTypes';

interface Interval {
  role: OnCallRole;
  start: number;
  end: number;
}

const ROLES: OnCallRole[] = ['primary', 'backup'];

/**
 * The times within `range` when nobody holds a duty: no primary, no backup, or neither.
 *
 * @remarks
 * Shifts may overlap (several people on the same duty, or a handover with overlap); a duty is
 * covered while at least one shift of it runs. Adjacent stretches with the same missing duties
 * are merged. Shifts need not be sorted. Times are compared as instants, so the time zones of
 * the ISO strings do not matter.
 *
 * @public
 */
export function findOnCallGaps(
  shifts: Pick<OnCallShift, 'role' | 'start' | 'end'>[],
  range: { start: string; end: string },
): OnCallGap[] {
  const from = Date.parse(range.start);
  const to = Date.parse(range.end);
  if (Number.isNaN(from) || Number.isNaN(to)) {
    throw new TypeError(
      `Invalid range ${JSON.stringify(range)}: expected ISO 8601 times`,
    );
  }
  if (to <= from) {
    return [];
  }
  const intervals: Interval[] = shifts
    .map(s => ({
      role: s.role,
      start: Math.max(Date.parse(s.start), from),
      end: Math.min(Date.parse(s.end), to),
    }))
    .filter(i => i.end > i.start);

  const points = [
    ...new Set([from, to, ...intervals.flatMap(i => [i.start, i.end])]),
  ].sort((a, b) => a - b);

  const gaps: { start: number; end: number; missing: OnCallRole[] }[] = [];
  for (let p = 0; p + 1 < points.length; p++) {
    const [start, end] = [points[p], points[p + 1]];
    const missing = ROLES.filter(
      role =>
        !intervals.some(
          i => i.role === role && i.start <= start && i.end >= end,
        ),
    );
    if (missing.length === 0) {
      continue;
    }
    const last = gaps[gaps.length - 1];
    if (last && last.end === start && last.missing.join() === missing.join()) {
      last.end = end;
    } else {
      gaps.push({ start, end, missing });
    }
  }
  return gaps.map(g => ({
    start: new Date(g.start).toISOString(),
    end: new Date(g.end).toISOString(),
    missing: g.missing,
  }));
}
