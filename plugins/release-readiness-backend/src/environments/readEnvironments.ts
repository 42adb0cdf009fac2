import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import {
  asSystemRoot,
  keyOf,
  SystemConfigRoot,
} from '../systems/SystemConfigRoot';
import type { EnvironmentSummary } from '@release-readiness/plugin-release-readiness-common';
import { z } from 'zod';

/** An environment's name: lower-case letters, digits and dashes, starting with a letter. */
export const ENVIRONMENT_NAME = /^[a-z][a-z0-9-]*$/;

/** The keys of an environment the core reads (the team policy file's JSON Schema uses it). */
export const environmentSchema = z
  .object({
    title: z
      .string()
      .min(1)
      .describe('The name the board shows, e.g. Production.'),
    order: z
      .number()
      .int()
      .describe(
        'Position in the promotion order: lower comes first (dev 1, prod 3).',
      ),
    promotion: z
      .string()
      .optional()
      .describe(
        'How a release gets here, e.g. "Release tag → automatic deploy".',
      ),
    description: z
      .string()
      .optional()
      .describe(
        'Free text shown with the environment (data, access, watch points).',
      ),
  })
  // Loose: the blocks of the sources (workloads, gates, kubernetes, …) are read by them.
  .loose();

/**
 * One configured environment: what the board shows, plus its configuration block for the
 * sources that serve it (each source reads its own keys; the core reads only title, order,
 * promotion and description).
 */
export interface EnvironmentDefinition {
  summary: EnvironmentSummary;
  config: Config;
  /** The system it belongs to. */
  system: string;
  /** How messages name the block, e.g. `releaseReadiness.systems.servanda.environments.prod`. */
  keyPrefix: string;
  /** Who owns the block: the portal's configuration or a team's policy file. */
  owner: 'platform' | 'team';
}

/**
 * Reads and validates a system's `environments` (given the portal's configuration: the
 * single-system shorthand `releaseReadiness.environments`). Throws an `InputError` naming the key
 * of the first invalid value, which stops the backend at start-up (or marks a team's policy file
 * broken).
 *
 * @returns the environments in promotion order (`order`, then name)
 */
export function readEnvironments(
  input: Config | SystemConfigRoot,
): EnvironmentDefinition[] {
  const system = asSystemRoot(input);
  const ENVIRONMENTS_KEY = keyOf(system, 'environments');
  const root = system.config.getOptionalConfig('environments');
  if (!root) {
    return [];
  }
  const definitions = root.keys().map(name => {
    if (!ENVIRONMENT_NAME.test(name)) {
      throw new InputError(
        `Invalid configuration at '${ENVIRONMENTS_KEY}.${name}': environment names use lower-case letters, digits and dashes, starting with a letter`,
      );
    }
    const parsed = readConfigWithSchema(
      root,
      name,
      environmentSchema,
      ENVIRONMENTS_KEY,
    );
    const summary: EnvironmentSummary = {
      name,
      title: parsed.title,
      order: parsed.order,
      ...(parsed.promotion !== undefined && { promotion: parsed.promotion }),
      ...(parsed.description !== undefined && {
        description: parsed.description,
      }),
    };
    return {
      summary,
      config: root.getConfig(name),
      system: system.name,
      keyPrefix: `${ENVIRONMENTS_KEY}.${name}`,
      owner: system.owner,
    };
  });
  return definitions.sort(
    (a, b) =>
      a.summary.order - b.summary.order ||
      a.summary.name.localeCompare(b.summary.name),
  );
}
