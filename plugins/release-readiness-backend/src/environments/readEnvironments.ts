import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readConfigWithSchema } from '@internal/backstage-plugin-release-readiness-node';
import type { EnvironmentSummary } from '@internal/backstage-plugin-release-readiness-common';
import { z } from 'zod';

const ENVIRONMENTS_KEY = 'releaseReadiness.environments';

const ENVIRONMENT_NAME = /^[a-z][a-z0-9-]*$/;

const environmentSchema = z
  .object({
    title: z.string().min(1),
    order: z.number().int(),
    promotion: z.string().optional(),
    description: z.string().optional(),
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
}

/**
 * Reads and validates `releaseReadiness.environments`. Throws an `InputError` naming the key of
 * the first invalid value, which stops the backend at start-up.
 *
 * @returns the environments in promotion order (`order`, then name)
 */
export function readEnvironments(config: Config): EnvironmentDefinition[] {
  const root = config.getOptionalConfig(ENVIRONMENTS_KEY);
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
    return { summary, config: root.getConfig(name) };
  });
  return definitions.sort(
    (a, b) =>
      a.summary.order - b.summary.order ||
      a.summary.name.localeCompare(b.summary.name),
  );
}
