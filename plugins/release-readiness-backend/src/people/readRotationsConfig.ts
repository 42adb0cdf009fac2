import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import type { OnCallRotation } from '@internal/backstage-plugin-release-readiness-common';
import {
  readConfigWithSchema,
  weeklyHandoverSchema,
} from '@internal/backstage-plugin-release-readiness-node';
import { DateTime } from 'luxon';
import { z } from 'zod';

const KEY = 'releaseReadiness.onCall.rotations';

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
 * Reads the configured rotations (`releaseReadiness.onCall.rotations.<name>`).
 *
 * @throws InputError naming the key of the first invalid value
 */
export function readRotationsConfig(
  config: Config,
): Map<string, OnCallRotation> {
  if (!config.has(KEY)) {
    return new Map();
  }
  const parsed = readConfigWithSchema(config, KEY, rotationsSchema, '');
  return new Map(Object.entries(parsed));
}
