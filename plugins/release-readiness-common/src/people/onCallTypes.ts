import type { SourceInfo } from '../sources';
import type { PeopleFinding } from './types';

/**
 * The two on-call duties: `primary` takes the pages, `backup` (the week's senior engineer) is
 * the escalation.
 *
 * @public
 */
export type OnCallRole = 'primary' | 'backup';

/**
 * Someone on call. Linked to a catalog user when one matches (by entity ref or e-mail).
 *
 * @public
 */
export interface OnCallPerson {
  /** Catalog user, when known, e.g. `user:default/mara.schulz`. */
  entityRef?: string;
  displayName: string;
  email?: string;
  /** Image URL. */
  picture?: string;
  /** The person's page in the on-call tool (e.g. PagerDuty), when there is one. */
  url?: string;
}

/**
 * One contiguous time during which one person holds one on-call duty. Times are ISO 8601;
 * `end` is exclusive.
 *
 * @public
 */
export interface OnCallShift {
  role: OnCallRole;
  start: string;
  end: string;
  person: OnCallPerson;
}

/**
 * A weekly handover: the weekday, the local time and the IANA time zone it is in. Weeks start
 * at the handover, so a "week" of the rota runs from one handover to the next.
 *
 * @public
 */
export interface WeeklyHandover {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local time, `HH:mm` (24 h). */
  time: string;
  /** IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string;
}

/**
 * A rotation kept in configuration: week `k` after the start has primary `primaries[k mod n]`
 * and backup `backups[k mod m]`; `null` leaves the duty vacant that week.
 *
 * @public
 */
export interface OnCallRotation {
  handover: WeeklyHandover;
  /**
   * Local date (`YYYY-MM-DD`) the rotation begins: the first shift starts at the first handover
   * on or after it. Before that nobody is on call.
   */
  start: string;
  /** Catalog user refs in rotation order; `null` = nobody. */
  primaries: (string | null)[];
  /** Catalog user refs in rotation order; `null` = nobody. */
  backups: (string | null)[];
}

/**
 * A time with no primary, no backup, or neither. `end` is exclusive.
 *
 * @public
 */
export interface OnCallGap {
  start: string;
  end: string;
  missing: OnCallRole[];
}

/**
 * One person's part of a duty within a week (clipped to the week).
 *
 * @public
 */
export interface OnCallAssignment {
  person: OnCallPerson;
  start: string;
  end: string;
}

/**
 * One week of the rota, from one handover to the next.
 *
 * @public
 */
export interface OnCallWeek {
  start: string;
  end: string;
  primary: OnCallAssignment[];
  backup: OnCallAssignment[];
  /** Gaps within this week (from now on, for the current week). */
  gaps: OnCallGap[];
}

/**
 * Who is on call right now. Usually one person per duty; several when shifts overlap; none is a
 * gap.
 *
 * @public
 */
export interface OnCallCurrent {
  primary: OnCallPerson[];
  backup: OnCallPerson[];
  /** When this changes next (the next handover, or the start or end of a gap). */
  until?: string;
}

/**
 * The rota computed from a set of shifts: who is on call now, the next weeks and the gaps.
 *
 * @public
 */
export interface OnCallRota {
  current: OnCallCurrent;
  weeks: OnCallWeek[];
  /** Every gap from now to the end of the last week (within the data's coverage). */
  gaps: OnCallGap[];
}

/**
 * Response of `GET /api/release-readiness/environments/:env/oncall?weeks=N`.
 *
 * @remarks
 * When the source is `unavailable` there is no `current`, no weeks and no gaps: an unknown rota
 * is never shown as covered, nor as a gap.
 *
 * @public
 */
export interface OnCallResponse {
  environment: string;
  current?: OnCallCurrent;
  weeks: OnCallWeek[];
  gaps: OnCallGap[];
  /** How the rota is split into weeks. */
  handover?: WeeklyHandover;
  /** The source's data reaches this far; gaps after it are not known. */
  coveredUntil?: string;
  findings: PeopleFinding[];
  source: SourceInfo;
}

/**
 * On-call coverage of a time range, for the readiness verdict's "on-call reachable"
 * precondition: a gap during a release window is a precondition failure.
 *
 * @remarks
 * `known` is false when the source is unavailable or its data does not reach the end of the
 * range; the verdict must then treat the precondition as unknown, never as met.
 *
 * @public
 */
export interface OnCallCoverage {
  environment: string;
  range: { start: string; end: string };
  /** Whether the data covers the whole range. */
  known: boolean;
  /** On call at the start of the range. */
  primary: OnCallPerson[];
  backup: OnCallPerson[];
  /** Gaps within the range (within the data's coverage). */
  gaps: OnCallGap[];
  source: SourceInfo;
}
