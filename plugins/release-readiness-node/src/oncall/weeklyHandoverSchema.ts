import { z } from 'zod';

const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

function isTimeZone(value: string): boolean {
  try {
    // Intl rejects names that are not in the IANA database with a RangeError.
    return (
      new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions()
        .timeZone !== undefined
    );
  } catch {
    return false;
  }
}

/**
 * Zod schema of a weekly handover in configuration, e.g.
 * `{ weekday: monday, time: '09:00', timeZone: Europe/Berlin }`; parses to the
 * `WeeklyHandover` type of `-common` (ISO weekday number). Use with `readConfigWithSchema`.
 *
 * @public
 */
export const weeklyHandoverSchema = z
  .object({
    weekday: z.enum(WEEKDAYS).describe('The day of the handover.'),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm (24 h)')
      .describe("The time of the handover, 'HH:mm' (24 h, quoted in YAML)."),
    timeZone: z
      .string()
      .refine(isTimeZone, 'expected an IANA time zone, e.g. Europe/Berlin')
      .describe('The IANA time zone of that time, e.g. Europe/Berlin.'),
  })
  .strict()
  .transform(h => ({
    weekday: WEEKDAYS.indexOf(h.weekday) + 1,
    time: h.time,
    timeZone: h.timeZone,
  }));
