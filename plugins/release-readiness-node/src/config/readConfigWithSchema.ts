import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import type { z } from 'zod';

/**
 * Reads `key` from `config` and validates it with a zod schema.
 *
 * @remarks
 * On failure it throws an `InputError` whose message names the full configuration key of every
 * offending value, e.g.
 * `Invalid configuration at 'releaseReadiness.environments.prod.order': expected number, received string`.
 * Backend plugins and modules call it during start-up, so bad configuration stops the backend
 * with a message that says what to fix.
 *
 * @param config - the configuration to read from
 * @param key - the key under `config` to read; `''` reads the whole object
 * @param schema - the zod schema the value must satisfy
 * @param prefix - the full key of `config` itself, used in messages (e.g. `releaseReadiness`)
 * @public
 */
export function readConfigWithSchema<TSchema extends z.ZodType>(
  config: Config,
  key: string,
  schema: TSchema,
  prefix: string,
): z.output<TSchema> {
  const value = key ? config.getOptional(key) : config.get();
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const base = [prefix, key].filter(Boolean).join('.');
  const problems = result.error.issues.map(issue => {
    const path = [base, ...issue.path.map(String)].filter(Boolean).join('.');
    return `Invalid configuration at '${path}': ${issue.message}`;
  });
  throw new InputError(problems.join('; '));
}
