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
  title: z.string().min(1),
  kind: z.enum(['freeze', 'release']),
  recurrence: z.string().superRefine((value, ctx) => {
    try {
      parseRecurrence(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
  duration: isoDuration,
  exemptChangeTypes: z.array(id).default([]),
  environments: z.array(z.string()).optional(),
  description: z.string().optional(),
});

const calendarSchema = z
  .object({
    windows: z.record(id, windowSchema).default({}),
    optOut: z.array(id).default([]),
  })
  .default({ windows: {}, optOut: [] });

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
