import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  DEFAULT_VERSION_PATTERNS,
  VersionMatcher,
} from '@release-readiness/plugin-release-readiness-common';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';

const KEY = 'releaseReadiness.workloads.versionPatterns';

const patternsSchema = z
  .array(z.object({ name: z.string().min(1), pattern: z.string().min(1) }))
  .min(1)
  .optional();

/**
 * The version patterns the board reads versions with (`releaseReadiness.workloads.versionPatterns`,
 * default `dev-<sha>`, `rc-<version>`, `<semver>`), so revisions carry the versions the board
 * shows. The backend validates the key strictly; this reads its shape.
 *
 * @throws `InputError` naming the key of a pattern that is not a regular expression
 */
export function readVersionMatcher(config: Config): VersionMatcher {
  const patterns =
    readConfigWithSchema(config, KEY, patternsSchema, '') ??
    DEFAULT_VERSION_PATTERNS;
  try {
    return new VersionMatcher(patterns);
  } catch {
    throw new InputError(
      `Invalid configuration at '${KEY}': a pattern is not a regular expression`,
    );
  }
}
