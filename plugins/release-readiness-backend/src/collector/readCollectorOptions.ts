import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';

/** How the collector treats every source call. */
export interface CollectorOptions {
  /** A source call is aborted after this long. */
  timeoutMs: number;
  /** A successful result is served from the cache for this long. */
  cacheTtlMs: number;
  /** After failures, the last good value is served (as stale) until it is this old. */
  maxStaleMs: number;
  /** At most this many source calls run at once in this backend instance. */
  concurrency: number;
  /**
   * At most this many refs named by requests (`?ref=`) are kept per environment, besides its
   * running and default refs; the least recently used one is dropped first. Default 20.
   */
  maxRefsPerEnvironment?: number;
}

const KEY = 'releaseReadiness.collector';

/**
 * Defaults: 5 s timeout, 60 s cache, 15 min of stale fallback, 10 calls at once, 20 requested
 * refs per environment.
 */
export const DEFAULT_COLLECTOR_OPTIONS: Required<CollectorOptions> = {
  timeoutMs: 5_000,
  cacheTtlMs: 60_000,
  maxStaleMs: 15 * 60_000,
  concurrency: 10,
  maxRefsPerEnvironment: 20,
};

function readMs(
  config: Config | undefined,
  key: string,
  fallback: number,
): number {
  if (!config?.has(key)) {
    return fallback;
  }
  let ms: number;
  try {
    ms = durationToMilliseconds(readDurationFromConfig(config, { key }));
  } catch (error) {
    throw new InputError(
      `Invalid configuration at '${KEY}.${key}': ${(error as Error).message}`,
    );
  }
  if (!(ms > 0)) {
    throw new InputError(
      `Invalid configuration at '${KEY}.${key}': must be longer than zero`,
    );
  }
  return ms;
}

function readWholeNumber(
  config: Config | undefined,
  key: string,
  fallback: number,
): number {
  if (!config?.has(key)) {
    return fallback;
  }
  let value: number | undefined;
  try {
    value = config.getNumber(key);
  } catch {
    value = undefined;
  }
  if (value === undefined || !Number.isInteger(value) || value < 1) {
    throw new InputError(
      `Invalid configuration at '${KEY}.${key}': must be a whole number of at least 1`,
    );
  }
  return value;
}

/**
 * Reads `releaseReadiness.collector`; every key is optional. Throws an `InputError` naming the key
 * of an invalid value.
 */
export function readCollectorOptions(root: Config): Required<CollectorOptions> {
  const config = root.getOptionalConfig(KEY);
  const options: Required<CollectorOptions> = {
    timeoutMs: readMs(config, 'timeout', DEFAULT_COLLECTOR_OPTIONS.timeoutMs),
    cacheTtlMs: readMs(
      config,
      'cacheTtl',
      DEFAULT_COLLECTOR_OPTIONS.cacheTtlMs,
    ),
    maxStaleMs: readMs(
      config,
      'maxStale',
      DEFAULT_COLLECTOR_OPTIONS.maxStaleMs,
    ),
    concurrency: readWholeNumber(
      config,
      'concurrency',
      DEFAULT_COLLECTOR_OPTIONS.concurrency,
    ),
    maxRefsPerEnvironment: readWholeNumber(
      config,
      'maxRefsPerEnvironment',
      DEFAULT_COLLECTOR_OPTIONS.maxRefsPerEnvironment,
    ),
  };
  if (options.maxStaleMs < options.cacheTtlMs) {
    throw new InputError(
      `Invalid configuration at '${KEY}.maxStale': must not be shorter than ${KEY}.cacheTtl`,
    );
  }
  return options;
}
