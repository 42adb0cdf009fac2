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
  .array(
    z.object({ name: z.string().min(1), pattern: z.string().min(1) }).strict(),
  )
  .min(1)
  .optional();

/**
 * Reads `releaseReadiness.workloads.versionPatterns` (default: `dev-<sha>`, `rc-<version>`,
 * `<semver>`) and compiles it. A pattern that is not a regular expression stops the backend with
 * the key of that pattern named.
 */
export function readVersionMatcher(config: Config): VersionMatcher {
  const patterns =
    readConfigWithSchema(config, KEY, patternsSchema, '') ??
    DEFAULT_VERSION_PATTERNS;
  patterns.forEach((p, index) => {
    try {
      new RegExp(p.pattern); // eslint-disable-line no-new
    } catch (error) {
      throw new InputError(
        `Invalid configuration at '${KEY}.${index}.pattern': not a regular expression: ${
          (error as Error).message
        }`,
      );
    }
  });
  return new VersionMatcher(patterns);
}
