/**
 * A freeze window forbids changes while it lasts; a release window is a time when changes are
 * planned to go out.
 *
 * @public
 */
export type CalendarWindowKind = 'freeze' | 'release';

/**
 * A recurring freeze or release window.
 *
 * @example
 * The weekend change freeze, Friday 16:00 UTC to Monday 08:00 UTC:
 * ```ts
 * {
 *   id: 'weekend-freeze',
 *   title: 'Weekend change freeze',
 *   kind: 'freeze',
 *   recurrence: 'DTSTART;TZID=UTC:20240105T160000\nRRULE:FREQ=WEEKLY;BYDAY=FR',
 *   duration: 'P2DT16H',
 *   exemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
 * }
 * ```
 *
 * @public
 */
export interface CalendarWindow {
  /** Stable id, e.g. `weekend-freeze`. */
  id: string;
  title: string;
  kind: CalendarWindowKind;
  /**
   * RFC 5545 recurrence: a `DTSTART` with `TZID` (or a UTC time ending in `Z`) and an `RRULE`
   * line, e.g. `DTSTART;TZID=Europe/Berlin:20240102T200000` + `RRULE:FREQ=WEEKLY;BYDAY=TU,TH`.
   * The rule repeats in the local time of `TZID`, so 20:00 stays 20:00 across DST changes.
   */
  recurrence: string;
  /**
   * ISO 8601 duration of each occurrence, e.g. `PT2H` or `P2DT16H`. Days are calendar days
   * (local wall-clock time is kept across a DST change), hours and minutes are elapsed time.
   */
  duration: string;
  /** Change types this window does not apply to, e.g. `hotfix-p0`. */
  exemptChangeTypes?: string[];
  /** Longer text, e.g. where the rule comes from. */
  description?: string;
}

/**
 * One occurrence of a {@link CalendarWindow}. Times are ISO 8601 in UTC; `end` is exclusive.
 *
 * @public
 */
export interface CalendarOccurrence {
  windowId: string;
  title: string;
  kind: CalendarWindowKind;
  start: string;
  end: string;
  /** The IANA time zone the window's rule is written in, for display. */
  timeZone: string;
  exemptChangeTypes: string[];
}

/**
 * A period in which a change of the given type may go out, by the calendar alone.
 *
 * @public
 */
export interface AllowedPeriod {
  /** When it opens (ISO, UTC); equal to the asked time when it is open already. */
  start: string;
  /** When it closes, if it closes within the search horizon. */
  end?: string;
  /** True when the period is open at the asked time. */
  openNow: boolean;
  /** The release window that makes it allowed, when release windows are required. */
  releaseWindow?: CalendarOccurrence;
}

/**
 * What the calendar says about one moment and one change type.
 *
 * @public
 */
export interface ChangeWindowStatus {
  /** The moment asked about (ISO, UTC). */
  at: string;
  changeType: string;
  /** True when no applicable freeze is active and, if required, a release window is open. */
  allowed: boolean;
  /** Freezes active at `at` that apply to this change type. */
  freezes: CalendarOccurrence[];
  /** Freezes active at `at` that this change type is exempt from. */
  exemptFreezes: CalendarOccurrence[];
  /** Release windows open at `at`. */
  releaseWindows: CalendarOccurrence[];
  /** Whether the change must go out inside a release window. */
  releaseWindowRequired: boolean;
  /** The allowed period that is open at `at`, or the next one; absent if none within the horizon. */
  nextAllowed?: AllowedPeriod;
}

/**
 * Response of `GET /api/release-readiness/environments/:env/calendar?from=&days=`.
 *
 * @public
 */
export interface CalendarResponse {
  environment: string;
  from: string;
  to: string;
  /** The windows that apply to the environment. */
  windows: CalendarWindow[];
  /** Every occurrence overlapping `from`–`to`, sorted by start. */
  occurrences: CalendarOccurrence[];
  /** Whether changes must go out inside a release window in this environment. */
  releaseWindowRequired: boolean;
}
