import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** Where the demo provider's configuration lives. */
export const DEMO_SIGN_IN_CONFIG_KEY = 'auth.providers.demo';

/** What {@link readDemoSignInConfig} decided. */
export interface DemoSignInConfig {
  /** Sign-in through the `demo` provider and the people list are served. */
  enabled: boolean;
}

const schema = z.strictObject({
  enabled: z.boolean().optional(),
  dangerouslyAllowOutsideDevelopment: z.boolean().optional(),
});

/**
 * Reads `auth.providers.demo`. The demo provider is enabled when the block exists, `enabled` is
 * not `false`, and the process runs in development (`NODE_ENV=development`) or the block sets
 * `dangerouslyAllowOutsideDevelopment: true` (the guest provider's rule).
 *
 * @remarks
 * Keys:
 * - `enabled` (boolean, default `true`): `false` switches the provider off while keeping the block.
 * - `dangerouslyAllowOutsideDevelopment` (boolean, default `false`): also serve it when
 *   `NODE_ENV` is not `development`. Never in production: anyone who reaches the backend could sign
 *   in as any catalog user.
 *
 * Throws an `InputError` naming the key of an invalid or unknown value, so the backend refuses to
 * start.
 *
 * @param config - the root configuration
 * @param nodeEnv - the process's `NODE_ENV`
 */
export function readDemoSignInConfig(
  config: Config,
  nodeEnv: string | undefined,
): DemoSignInConfig {
  const value = config.getOptional(DEMO_SIGN_IN_CONFIG_KEY);
  if (value === undefined) {
    return { enabled: false };
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.flatMap(issue =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map(
            key =>
              `Invalid configuration at '${DEMO_SIGN_IN_CONFIG_KEY}.${key}': unknown key (allowed: enabled, dangerouslyAllowOutsideDevelopment)`,
          )
        : [
            `Invalid configuration at '${[
              DEMO_SIGN_IN_CONFIG_KEY,
              ...issue.path.map(String),
            ].join('.')}': ${issue.message}`,
          ],
    );
    throw new InputError(problems.join('; '));
  }
  const { enabled = true, dangerouslyAllowOutsideDevelopment = false } =
    result.data;
  return {
    enabled:
      enabled &&
      (nodeEnv === 'development' || dangerouslyAllowOutsideDevelopment),
  };
}
