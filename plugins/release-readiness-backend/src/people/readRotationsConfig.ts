import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import type { OnCallRotation } from '@release-readiness/plugin-release-readiness-common';
import {
  readConfigWithSchema,
  weeklyHandoverSchema,
} from '@release-readiness/plugin-release-readiness-node';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { asSystemRoot, SystemConfigRoot } from '../systems/SystemConfigRoot';

const userRef = z
  .string()
  .nullable()
  .describe(
    "A user entity ref, e.g. 'user:default/mara.schulz', or null (~) for nobody that week.",
  )
  .transform((value, ctx) => {
    if (value === null) {
      return null;
    }
    try {
      const ref = parseEntityRef(value, {
        defaultKind: 'user',
        defaultNamespace: 'default',
      });
      if (ref.kind.toLocaleLowerCase('en-US') === 'user') {
        return stringifyEntityRef(ref);
      }
    } catch {
      // reported below
    }
    ctx.addIssue({
      code: 'custom',
      message: `expected a user entity ref such as 'user:default/mara.schulz' (or null for nobody), got '${value}'`,
    });
    return z.NEVER;
  });

const rotationSchema = z
  .object({
    handover: weeklyHandoverSchema.describe(
      'When the duty changes hands each week, e.g. { weekday: monday, time: "09:00", timeZone: Europe/Berlin }.',
    ),
    start: z
      .string()
      .refine(
        s => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid,
        "expected a date as 'YYYY-MM-DD' (quoted in YAML)",
      )
      .describe(
        "The first week's handover date, 'YYYY-MM-DD' (quoted in YAML).",
      ),
    primaries: z
      .array(userRef)
      .min(1)
      .describe('The primary on-call, one per week in turn.'),
    backups: z
      .array(userRef)
      .min(1)
      .describe('The backup on-call, one per week in turn (null: no backup).'),
  })
  .strict();

/** A system's `onCall.rotations`: weekly rotations by name. */
export const rotationsSchema = z
  .record(z.string(), rotationSchema)
  .describe(
    'Weekly on-call rotations by name; an environment names one with onCall.rotation.',
  );

/**
 * Reads a system's rotations (`onCall.rotations.<name>`; given the portal's configuration, the
 * shorthand `releaseReadiness.onCall.rotations`).
 *
 * @throws InputError naming the key of the first invalid value
 */
export function readRotationsConfig(
  input: Config | SystemConfigRoot,
): Map<string, OnCallRotation> {
  const system = asSystemRoot(input);
  if (!system.config.has('onCall.rotations')) {
    return new Map();
  }
  const parsed = readConfigWithSchema(
    system.config,
    'onCall.rotations',
    rotationsSchema,
    system.prefix,
  );
  return new Map(Object.entries(parsed));
}
