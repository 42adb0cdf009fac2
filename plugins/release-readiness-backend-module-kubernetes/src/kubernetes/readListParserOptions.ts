import { availableParallelism } from 'node:os';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** The config key of the LIST parsing settings. */
const KEY = 'releaseReadiness.kubernetesParsing';

/** How LIST bodies are parsed: on how many worker threads, and from what size on. */
export interface ListParserOptions {
  threads: number;
  minBytes: number;
}

/** 256 KiB: smaller bodies parse in under about 2 ms, less than handing them to a thread costs. */
const DEFAULT_MIN_BYTES = 256 * 1024;

function wholeNumber(
  config: Config,
  key: string,
  fallback: number,
  max: number,
): number {
  if (!config.has(`${KEY}.${key}`)) {
    return fallback;
  }
  let value: number | undefined;
  try {
    value = config.getNumber(`${KEY}.${key}`);
  } catch {
    value = undefined;
  }
  if (
    value === undefined ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > max
  ) {
    throw new InputError(
      `Invalid ${KEY}.${key}: must be a whole number from 0 to ${max}`,
    );
  }
  return value;
}

/**
 * Reads `releaseReadiness.kubernetesParsing` (`threads`, `minBytes`). Default: one thread per
 * core but one, at most 4 (none on a single core), for bodies of 256 KiB or more. A value that is
 * not a whole number in range stops the backend, naming the key.
 */
export function readListParserOptions(config: Config): ListParserOptions {
  return {
    threads: wholeNumber(
      config,
      'threads',
      Math.min(4, Math.max(0, availableParallelism() - 1)),
      64,
    ),
    minBytes: wholeNumber(config, 'minBytes', DEFAULT_MIN_BYTES, 2 ** 31),
  };
}
