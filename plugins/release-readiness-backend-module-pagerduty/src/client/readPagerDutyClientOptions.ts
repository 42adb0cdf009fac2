import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { durationToMilliseconds } from '@backstage/types';
import { z } from 'zod';
import { PagerDutyClientOptions } from './PagerDutyClient';

const KEY = 'releaseReadiness.pagerduty';

const schema = z
  .object({
    token: z.string().min(1),
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  })
  .loose();

/**
 * Reads `releaseReadiness.pagerduty` (token, base URL, rate-limit backoff). Returns `undefined`
 * when the block is absent; throws an `InputError` naming the key of an invalid value.
 *
 * @public
 */
export function readPagerDutyClientOptions(
  root: Config,
): PagerDutyClientOptions | undefined {
  const config = root.getOptionalConfig(KEY);
  if (!config) {
    return undefined;
  }
  const parsed = readConfigWithSchema(config, '', schema, KEY);
  let defaultRateLimitBackoffMs: number | undefined;
  if (config.has('rateLimitBackoff')) {
    try {
      defaultRateLimitBackoffMs = durationToMilliseconds(
        readDurationFromConfig(config, { key: 'rateLimitBackoff' }),
      );
    } catch (error) {
      throw new InputError(
        `Invalid configuration at '${KEY}.rateLimitBackoff': ${
          (error as Error).message
        }`,
      );
    }
  }
  return {
    token: parsed.token,
    ...(parsed.baseUrl && { baseUrl: parsed.baseUrl }),
    ...(defaultRateLimitBackoffMs !== undefined && {
      defaultRateLimitBackoffMs,
    }),
  };
}
