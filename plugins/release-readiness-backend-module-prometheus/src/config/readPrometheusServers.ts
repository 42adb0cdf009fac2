import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { parseTimeoutMs } from './parseTimeoutMs';
import type { PrometheusServer } from './PrometheusServer';
import { prometheusServersSchema } from './prometheusServersSchema';
import { readCaFile } from './readCaFile';
import { readCollectorTimeoutMs } from './readCollectorTimeoutMs';

const KEY = 'releaseReadiness.prometheus';
/** A query's timeout when the server sets none: 10 s, or 90 % of the collector's when shorter. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Reads `releaseReadiness.prometheus.servers` (and the collector's timeout) from the root
 * configuration, once at module init. Throws an `InputError` naming the key of every bad value,
 * e.g. `Invalid configuration at 'releaseReadiness.prometheus.servers.main.url': must not carry
 * credentials (user:password@); put them into auth`, never quoting a credential.
 */
export function readPrometheusServers(
  root: Config,
): Map<string, PrometheusServer> {
  const parsed = readConfigWithSchema(
    root,
    KEY,
    prometheusServersSchema.prefault({}),
    '',
  );
  const collectorTimeoutMs = readCollectorTimeoutMs(root);
  const defaultTimeoutMs = Math.min(
    DEFAULT_TIMEOUT_MS,
    Math.floor(collectorTimeoutMs * 0.9),
  );
  const problems: string[] = [];
  const servers = new Map<string, PrometheusServer>();
  for (const [name, server] of Object.entries(parsed.servers)) {
    const key = `${KEY}.servers.${name}`;
    let timeoutMs = defaultTimeoutMs;
    if (server.timeout !== undefined) {
      const ms = parseTimeoutMs(server.timeout);
      if (ms === undefined) {
        problems.push(
          `Invalid configuration at '${key}.timeout': expected a duration such as 10s, PT10S, { seconds: 10 } or milliseconds, longer than zero`,
        );
      } else if (ms > collectorTimeoutMs) {
        problems.push(
          `Invalid configuration at '${key}.timeout': must not be longer than releaseReadiness.collector.timeout (${collectorTimeoutMs} ms)`,
        );
      } else {
        timeoutMs = ms;
      }
    }
    let ca: string[] | undefined;
    if (server.caFile) {
      try {
        ca = readCaFile(server.caFile);
      } catch (error) {
        problems.push(
          `Invalid configuration at '${key}.caFile': ${
            (error as Error).message
          }`,
        );
      }
    }
    const { auth } = server;
    let authorization: string | undefined;
    let secrets: string[] = [];
    if (auth?.type === 'bearer' && auth.token) {
      authorization = `Bearer ${auth.token}`;
      secrets = [auth.token];
    } else if (auth?.type === 'basic' && auth.username && auth.password) {
      const encoded = Buffer.from(
        `${auth.username}:${auth.password}`,
        'utf8',
      ).toString('base64');
      authorization = `Basic ${encoded}`;
      secrets = [auth.password, encoded];
    }
    servers.set(name, {
      name,
      url: server.url.replace(/\/+$/, ''),
      ...(authorization && { authorization }),
      secrets: authorization ? [...secrets, authorization] : [],
      ...(ca && { ca }),
      timeoutMs,
    });
  }
  if (problems.length > 0) {
    throw new InputError(problems.join('; '));
  }
  return servers;
}
