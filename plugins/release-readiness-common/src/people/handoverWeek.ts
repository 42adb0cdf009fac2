import { DateTime } from 'luxon';
import type { WeeklyHandover } from './onCallTypes';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A calendar date without a zone, as a UTC midnight (so day arithmetic never meets DST). */
function calendarDate(local: DateTime): DateTime {
  return DateTime.utc(local.year, local.month, local.day);
}

/**
 * The handover instant on a calendar date, in the handover's time zone.
 *
 * @remarks
 * On a day where the local time does not exist (spring forward) luxon moves it forward by the
 * DST offset; on a day where it exists twice (fall back) luxon takes the later one. Every caller
 * goes through this function, so consecutive weeks always meet without gap or overlap.
 */
export function handoverOn(handover: WeeklyHandover, date: DateTime): DateTime {
  const match = TIME.exec(handover.time);
  if (!match) {
    throw new TypeError(
      `Invalid handover time '${handover.time}', expected HH:mm`,
    );
  }
  const result = DateTime.fromObject(
    {
      year: date.year,
      month: date.month,
      day: date.day,
      hour: Number(match[1]),
      minute: Number(match[2]),
    },
    { zone: handover.timeZone },
  );
  if (!result.isValid) {
    throw new TypeError(
      `Invalid handover in time zone '${handover.timeZone}': ${result.invalidExplanation}`,
    );
  }
  return result;
}

/** The calendar date (UTC midnight) of the week start that contains `instant`. */
export function weekStartDate(
  handover: WeeklyHandover,
  instant: DateTime,
): DateTime {
  const local = instant.setZone(handover.timeZone);
  const today = calendarDate(local);
  const back = (local.weekday - handover.weekday + 7) % 7;
  const candidate = today.minus({ days: back });
  return handoverOn(handover, candidate) > instant
    ? candidate.minus({ days: 7 })
    : candidate;
}

/** Parses an ISO string, a `Date` or epoch milliseconds. */
export function toDateTime(at: string | Date | number): DateTime {
  let result: DateTime;
  if (typeof at === 'string') {
    result = DateTime.fromISO(at, { setZone: true });
  } else if (typeof at === 'number') {
    result = DateTime.fromMillis(at);
  } else {
    result = DateTime.fromJSDate(at);
  }
  if (!result.isValid) {
    throw new TypeError(`Invalid time '${String(at)}'`);
  }
  return result;
}

/** ISO 8601 in UTC with milliseconds, the form every on-call time in the API has. */
export function toIso(at: DateTime): string {
  return at.toUTC().toISO()!;
}

/**
 * The rota week that contains `at` (or, with `offsetWeeks`, a later or earlier one): from the
 * handover at or before `at` to the next handover, in the handover's local time, DST-correct.
 *
 * @example
 * ```ts
 * handoverWeek({ weekday: 1, time: '09:00', timeZone: 'Europe/Berlin' }, '2026-03-25T12:00:00Z', 1)
 * // → { start: '2026-03-30T07:00:00.000Z', end: '2026-04-06T07:00:00.000Z' } (09:00 CEST)
 * ```
 *
 * @public
 */
export function handoverWeek(
  handover: WeeklyHandover,
  at: string | Date | number,
  offsetWeeks: number = 0,
): { start: string; end: string } {
  const date = weekStartDate(handover, toDateTime(at)).plus({
    days: 7 * offsetWeeks,
  });
  return {
    start: toIso(handoverOn(handover, date)),
    end: toIso(handoverOn(handover, date.plus({ days: 7 }))),
  };
}
