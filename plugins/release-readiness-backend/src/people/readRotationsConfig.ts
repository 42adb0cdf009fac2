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
    handover: weeklyHandoverSchema,
    start: z
      .string()
      .refine(
        s => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid,
        "expected a date as 'YYYY-MM-DD' (quoted in YAML)",
      ),
    primaries: z.array(userRef).min(1),
    backups: z.array(userRef).min(1),
  })
  .strict();

const rotationsSchema = z.record(z.string(), rotationSchema);

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
