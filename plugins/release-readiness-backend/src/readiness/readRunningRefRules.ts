import type { RunningRefRule } from '@release-readiness/plugin-release-readiness-common';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import { EnvironmentDefinition } from '../environments/readEnvironments';

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern); // eslint-disable-line no-new
    return true;
  } catch {
    return false;
  }
}

/** An environment's `gates.runningRef`: which workload's image tag names the release it runs. */
export const runningRefSchema = z
  .object({
    workload: z
      .string()
      .min(1)
      .describe('The workload whose image tag tells the running release.'),
    pattern: z
      .string()
      .min(1)
      .refine(compiles, 'is not a valid regular expression')
      .optional()
      .describe(
        'A regular expression on the tag with a named group ref, e.g. ^dev-(?<ref>[0-9a-f]{7,40})$.',
      ),
    template: z
      .string()
      .refine(t => t.includes('{ref}'), "must contain '{ref}'")
      .optional()
      .describe("How the ref becomes the gates' ref, e.g. v{ref}."),
  })
  .strict()
  .meta({
    title: 'Running release',
    description:
      'Gates are checked for the release the environment runs, read from a workload image tag.',
  });

/**
 * Reads `releaseReadiness.environments.<env>.gates.runningRef` of every environment: which
 * workload's image tag tells the commit or tag the environment runs, so its gates are checked
 * for exactly that. Throws an `InputError` naming the key of an invalid value.
 */
export function readRunningRefRules(
  environments: EnvironmentDefinition[],
): Map<string, RunningRefRule> {
  const rules = new Map<string, RunningRefRule>();
  for (const { summary, config, keyPrefix } of environments) {
    if (config.has('gates.runningRef')) {
      rules.set(
        summary.name,
        readConfigWithSchema(
          config,
          'gates.runningRef',
          runningRefSchema,
          keyPrefix,
        ),
      );
    }
  }
  return rules;
}
