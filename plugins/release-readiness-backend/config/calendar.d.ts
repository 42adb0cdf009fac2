/**
 * Recurring freeze and release windows, shared by the environments' readiness policies.
 */
export interface ReleaseReadinessCalendarConfig {
  /**
   * The windows, keyed by id (lower-case letters, digits, dashes), e.g. `weekend-freeze`.
   * An invalid rule or duration stops the backend with a message naming the key.
   */
  windows?: {
    [windowId: string]: {
      /** Display title, e.g. `Weekend change freeze`. */
      title: string;
      /** `freeze`: no changes while it lasts; `release`: a planned release window. */
      kind: 'freeze' | 'release';
      /**
       * RFC 5545 recurrence: a `DTSTART` line with `TZID` (an IANA zone) or a UTC time ending in
       * `Z`, and an `RRULE` line, e.g.
       * `DTSTART;TZID=Europe/Berlin:20240102T200000` + newline + `RRULE:FREQ=WEEKLY;BYDAY=TU,TH`.
       * The rule repeats in that zone's local time, so 20:00 stays 20:00 across DST changes.
       */
      recurrence: string;
      /**
       * ISO 8601 duration of each occurrence, e.g. `PT2H` or `P2DT16H`. Days are calendar
       * days, hours are elapsed time.
       */
      duration: string;
      /** Change types this window does not apply to, e.g. `hotfix-p0`, `hotfix-p1`. */
      exemptChangeTypes?: string[];
      /** The environments it applies to; default: every environment. */
      environments?: string[];
      /** Longer text, e.g. where the rule comes from. */
      description?: string;
    };
  };
  /**
   * In a system's policy: ids of organisation-wide windows (`releaseReadiness.calendar.windows`)
   * that do not apply to this system, e.g. `[peak-hours]`.
   */
  optOut?: string[];
}
