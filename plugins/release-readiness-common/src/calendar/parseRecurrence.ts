import { DateTime, IANAZone } from 'luxon';
import { RRule } from 'rrule';

/**
 * A parsed RFC 5545 recurrence: the rule expanded in "floating" time (UTC fields that stand for
 * the local wall-clock time of `timeZone`), and that time zone.
 *
 * @public
 */
export interface ParsedRecurrence {
  /** Occurrences of this rule are local times of `timeZone`, encoded in the Date's UTC fields. */
  rule: RRule;
  timeZone: string;
}

const DTSTART = /^DTSTART(?:;TZID=([^:;\r\n]+))?:(\d{8}T\d{6})(Z?)\s*$/m;

/**
 * Parses an RFC 5545 `DTSTART` + `RRULE` text and checks it.
 *
 * @remarks
 * `DTSTART` must carry a `TZID` (an IANA zone, e.g. `Europe/Berlin`) or be a UTC time ending in
 * `Z`; floating times are refused because a freeze must mean one moment. The rule is expanded in
 * local time, as RFC 5545 requires, so `FREQ=WEEKLY;BYDAY=TU` at 20:00 Europe/Berlin stays at
 * 20:00 local time across DST changes.
 *
 * @throws Error with a message that says what is wrong
 * @public
 */
export function parseRecurrence(text: string): ParsedRecurrence {
  const normalised = text.trim().replace(/\r\n/g, '\n');
  const start = DTSTART.exec(normalised);
  if (!start) {
    throw new Error(
      'needs a DTSTART line with a TZID or a UTC time, e.g. DTSTART;TZID=Europe/Berlin:20240102T200000',
    );
  }
  const [, tzid, , utcMarker] = start;
  if (tzid && utcMarker) {
    throw new Error('DTSTART has both a TZID and a UTC time (Z)');
  }
  if (!tzid && !utcMarker) {
    throw new Error(
      'DTSTART has no time zone; add ;TZID=<IANA zone> or end the time with Z',
    );
  }
  const timeZone = tzid ?? 'UTC';
  if (!IANAZone.isValidZone(timeZone)) {
    throw new Error(`unknown time zone '${timeZone}' in DTSTART`);
  }
  if (!/^RRULE:/m.test(normalised)) {
    throw new Error('needs an RRULE line, e.g. RRULE:FREQ=WEEKLY;BYDAY=TU,TH');
  }
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(normalised);
  } catch (error) {
    throw new Error(
      `is not a valid RFC 5545 rule: ${(error as Error).message}`,
    );
  }
  if (options.freq === undefined || options.freq === null) {
    throw new Error('RRULE needs a valid FREQ, e.g. FREQ=WEEKLY');
  }
  const weekdays = options.byweekday;
  if (Array.isArray(weekdays) && weekdays.some(d => d === undefined)) {
    throw new Error(
      'RRULE has an invalid BYDAY value; use MO, TU, WE, TH, FR, SA, SU',
    );
  }
  if (options.until && !DateTime.fromJSDate(options.until).isValid) {
    throw new Error('RRULE has an invalid UNTIL value');
  }
  // Expand in floating time: the Date's UTC fields are the local wall-clock time of the zone.
  const rule = new RRule({ ...options, tzid: null });
  return { rule, timeZone };
}
