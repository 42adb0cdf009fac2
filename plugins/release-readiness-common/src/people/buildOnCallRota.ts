import { clipRange } from './clipRange';
import { currentOnCall, uniquePeople } from './currentOnCall';
import { findOnCallGaps } from './findOnCallGaps';
import { handoverWeek } from './handoverWeek';
import type {
  OnCallAssignment,
  OnCallRole,
  OnCallRota,
  OnCallShift,
  OnCallWeek,
  WeeklyHandover,
} from './onCallTypes';

/**
 * Input of {@link buildOnCallRota}.
 *
 * @public
 */
export interface BuildOnCallRotaOptions {
  /** The shifts of both duties; unsorted, possibly overlapping. */
  shifts: OnCallShift[];
  /** Where the weeks start and end. */
  handover: WeeklyHandover;
  /** The current time, ISO 8601. */
  now: string;
  /** How many weeks to show, counting the current one. */
  weeks: number;
  /**
   * The time range the shifts are known for. Outside it nothing is reported as a gap, because
   * nothing is known there. Absent = the shifts are complete.
   */
  covered?: { start: string; end: string };
}

/** One duty's shifts within a week, clipped, with a person's touching shifts joined. */
function assignments(
  shifts: OnCallShift[],
  role: OnCallRole,
  week: { start: string; end: string },
): OnCallAssignment[] {
  const clipped = shifts
    .filter(s => s.role === role)
    .map(s => ({ person: s.person, range: clipRange(s, week) }))
    .filter(a => a.range)
    .map(a => ({ person: a.person, ...a.range! }))
    .sort(
      (a, b) =>
        Date.parse(a.start) - Date.parse(b.start) ||
        a.person.displayName.localeCompare(b.person.displayName),
    );
  const result: OnCallAssignment[] = [];
  for (const assignment of clipped) {
    const earlier = result.find(
      r =>
        uniquePeople([r.person, assignment.person]).length === 1 &&
        Date.parse(r.end) >= Date.parse(assignment.start),
    );
    if (earlier) {
      if (Date.parse(assignment.end) > Date.parse(earlier.end)) {
        earlier.end = assignment.end;
      }
    } else {
      result.push({ ...assignment });
    }
  }
  return result;
}

/**
 * Computes the rota from shifts: who is on call now and until when, the next `weeks` weeks
 * (from handover to handover) with their primaries and backups, and every gap from now on.
 *
 * @remarks
 * Pure and source-independent: the configured rotation and PagerDuty both feed it. Gaps are only
 * reported within `covered`; the current week's past is not a gap any more.
 *
 * @public
 */
export function buildOnCallRota(options: BuildOnCallRotaOptions): OnCallRota {
  const { shifts, handover, now, covered } = options;
  const weeks: OnCallWeek[] = [];
  for (let i = 0; i < options.weeks; i++) {
    const week = handoverWeek(handover, now, i);
    const open = clipRange(
      { start: i === 0 ? now : week.start, end: week.end },
      covered,
    );
    weeks.push({
      ...week,
      primary: assignments(shifts, 'primary', week),
      backup: assignments(shifts, 'backup', week),
      gaps: open ? findOnCallGaps(shifts, open) : [],
    });
  }
  const horizon =
    weeks.length > 0
      ? clipRange({ start: now, end: weeks[weeks.length - 1].end }, covered)
      : undefined;
  return {
    current: currentOnCall(shifts, now),
    weeks,
    gaps: horizon ? findOnCallGaps(shifts, horizon) : [],
  };
}
