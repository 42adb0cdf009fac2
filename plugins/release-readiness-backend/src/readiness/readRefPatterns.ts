import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import { EnvironmentDefinition } from '../environments/readEnvironments';

/** An environment's `gates.refPattern`: the release names it accepts. */
export const refPatternSchema = z
  .string()
  .superRefine((value, ctx) => {
    try {
      new RegExp(value); // eslint-disable-line no-new
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'is not a valid regular expression',
      });
    }
  })
  .describe(
    'The release names the environment accepts, a regular expression matching the whole ref, e.g. v[0-9]+[.][0-9]+[.][0-9]+.',
  );

/**
 * Reads `releaseReadiness.environments.<env>.gates.refPattern` of every environment: the release
 * names (`?ref=`, a manual result's `ref`) the environment accepts, as a regular expression that
 * must match the whole ref. Throws an `InputError` naming the key of an invalid value.
 */
export function readRefPatterns(
  environments: EnvironmentDefinition[],
): Map<string, RegExp> {
  const patterns = new Map<string, RegExp>();
  for (const { summary, config, keyPrefix } of environments) {
    if (config.has('gates.refPattern')) {
      const pattern = readConfigWithSchema(
        config,
        'gates.refPattern',
        refPatternSchema,
        keyPrefix,
      );
      patterns.set(summary.name, new RegExp(`^(?:${pattern})$`));
    }
  }
  return patterns;
}
