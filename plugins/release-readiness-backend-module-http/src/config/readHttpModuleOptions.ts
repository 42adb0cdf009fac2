import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import { humanDurationToMs } from './humanDurationToMs';
import { AllowedHost, parseAllowedHost } from './parseAllowedHost';
import { readCaFile } from './readCaFile';
import { refuseUnknownKeys } from './refuseUnknownKeys';

/** The platform's settings of the `http` gate source, read once at module init. */
export interface HttpModuleOptions {
  /** Hosts team-owned blocks may probe (`releaseReadiness.http.allowedHosts`); default none. */
  allowedHosts: AllowedHost[];
  /** Extra trusted CA certificates for every probe (`releaseReadiness.http.caFile`). */
  ca?: string[];
  /** `releaseReadiness.collector.timeout` in ms (default 5 s): every probe's timeout is shorter. */
  collectorTimeoutMs: number;
  /** A probe's timeout when its check sets none: 5 s, or 90 % of the collector's when shorter. */
  defaultTimeoutMs: number;
}

const KEY = 'releaseReadiness.http';
const DEFAULT_COLLECTOR_TIMEOUT_MS = 5_000;
const DEFAULT_TIMEOUT_MS = 5_000;

const schema = z
  .looseObject({
    allowedHosts: z
      .array(
        z.string().refine(entry => parseAllowedHost(entry) !== undefined, {
          message:
            'expected a host or host:port, e.g. status.servanda.example or localhost:7011 (no scheme, path or wildcard)',
        }),
      )
      .default([]),
    caFile: z.string().min(1).optional(),
  })
  .superRefine(refuseUnknownKeys(['allowedHosts', 'caFile']));

/**
 * Reads `releaseReadiness.http` (and the collector's timeout) from the root configuration.
 * Throws an `InputError` naming the key of a bad value, e.g.
 * `Invalid configuration at 'releaseReadiness.http.allowedHosts.0': expected a host or host:port…`.
 */
export function readHttpModuleOptions(root: Config): HttpModuleOptions {
  const parsed = readConfigWithSchema(root, KEY, schema.prefault({}), '');
  const allowedHosts = parsed.allowedHosts.flatMap(
    entry => parseAllowedHost(entry) ?? [],
  );
  let ca: string[] | undefined;
  if (parsed.caFile) {
    try {
      ca = readCaFile(parsed.caFile);
    } catch (error) {
      throw new InputError(
        `Invalid configuration at '${KEY}.caFile': ${(error as Error).message}`,
      );
    }
  }
  const collectorTimeoutMs = readCollectorTimeoutMs(root);
  return {
    allowedHosts,
    ...(ca && { ca }),
    collectorTimeoutMs,
    defaultTimeoutMs: Math.min(
      DEFAULT_TIMEOUT_MS,
      Math.floor(collectorTimeoutMs * 0.9),
    ),
  };
}

/** The backend validates the collector's configuration itself; a bad value means the default. */
function readCollectorTimeoutMs(root: Config): number {
  const collector = root.getOptionalConfig('releaseReadiness.collector');
  if (!collector?.has('timeout')) {
    return DEFAULT_COLLECTOR_TIMEOUT_MS;
  }
  try {
    const ms = humanDurationToMs(
      readDurationFromConfig(collector, { key: 'timeout' }),
    );
    return ms > 0 ? ms : DEFAULT_COLLECTOR_TIMEOUT_MS;
  } catch {
    return DEFAULT_COLLECTOR_TIMEOUT_MS;
  }
}
