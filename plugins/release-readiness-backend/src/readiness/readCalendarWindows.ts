import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  CalendarWindow,
  parseRecurrence,
  parseWindowDuration,
} from '@release-readiness/plugin-release-readiness-common';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';

const id = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*$/,
    'use lower-case letters, digits and dashes, starting with a letter',
  );

const isoDuration = z.string().superRefine((value, ctx) => {
  try {
    parseWindowDuration(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

const windowSchema = z.object({
  title: z.string().min(1).describe('The name the board shows.'),
  kind: z
    .enum(['freeze', 'release'])
    .describe(
      'freeze: no changes while it lasts; release: the times releases may go out.',
    ),
  recurrence: z
    .string()
    .superRefine((value, ctx) => {
      try {
        parseRecurrence(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    })
    .describe(
      'When it starts: an iCalendar DTSTART line with TZID, optionally an RRULE line (RFC 5545), e.g. "DTSTART;TZID=Europe/Berlin:20240102T200000\\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH".',
    ),
  duration: isoDuration.describe(
    'How long each occurrence lasts, an ISO 8601 duration such as PT2H or P2D.',
  ),
  exemptChangeTypes: z
    .array(id)
    .default([])
    .describe('Change types a freeze does not stop, e.g. incident-approved.'),
  environments: z
    .array(z.string())
    .optional()
    .describe("The environments it applies to (default: all of the system's)."),
  description: z.string().optional().describe('Free text shown with it.'),
});

/** A calendar block: a system's own windows and the organisation-wide windows it opts out of. */
export const calendarSchema = z
  .object({
    windows: z
      .record(id, windowSchema)
      .default({})
      .describe('Freeze and release windows by id.'),
    optOut: z
      .array(id)
      .default([])
      .describe(
        "Ids of organisation-wide windows (the portal's releaseReadiness.calendar.windows) that do not apply.",
      ),
  })
  .default({ windows: {}, optOut: [] })
  .meta({
    title: 'Calendar',
    description:
      'Freeze and release windows; organisation-wide windows apply too unless opted out.',
  });

/** A calendar window and the environments it is limited to (all when absent). */
export interface ScopedWindow {
  window: CalendarWindow;
  environments?: string[];
}

/**
 * Reads a calendar block (`windows`, and `optOut`: names of organisation-wide windows that do not
 * apply) at `key` of `config`. Throws an `InputError` naming the key of the first invalid value.
 *
 * @param options.prefix - how messages name `config`'s root, e.g. `releaseReadiness`
 * @param options.environments - when given, a window limited to other environment names is an
 *   error (a system's own windows); organisation-wide windows name environments of any system
 */
export function readCalendarWindows(
  config: Config,
  key: string,
  options: { prefix: string; environments?: string[] },
): { windows: ScopedWindow[]; optOut: string[] } {
  const calendar = readConfigWithSchema(
    config,
    key,
    calendarSchema,
    options.prefix,
  );
  const keyPrefix = options.prefix ? `${options.prefix}.${key}` : key;
  const names = options.environments;
  const windows = Object.entries(calendar.windows).map(([windowId, w]) => {
    const unknown = names
      ? (w.environments ?? []).filter(n => !names.includes(n))
      : [];
    if (names && unknown.length > 0) {
      throw new InputError(
        `Invalid configuration at '${keyPrefix}.windows.${windowId}.environments': unknown environment ${unknown.join(
          ', ',
        )} (configured: ${names.join(', ') || 'none'})`,
      );
    }
    const window: CalendarWindow = {
      id: windowId,
      title: w.title,
      kind: w.kind,
      recurrence: w.recurrence,
      duration: w.duration,
      exemptChangeTypes: w.exemptChangeTypes,
      ...(w.description && { description: w.description }),
    };
    return { window, environments: w.environments };
  });
  return { windows, optOut: calendar.optOut };
}
