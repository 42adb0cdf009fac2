import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  readConfigWithSchema,
  refuseTeamOwnedKeys,
} from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import type { PrometheusServer } from './PrometheusServer';
import { SERVER_NAME } from './prometheusServersSchema';
import { EVEN_WITH_ISSUES, refuseUnknownKeys } from './refuseUnknownKeys';

const TEAM_REASON =
  "a team's policy file names a platform Prometheus server (releaseReadiness.prometheus.servers), never an address or credentials";

const blockSchema = z
  .looseObject({
    server: z.string().regex(SERVER_NAME, {
      message:
        'expected the name of a server of releaseReadiness.prometheus.servers',
    }),
  })
  .superRefine(refuseUnknownKeys(['server']), EVEN_WITH_ISSUES);

/**
 * Reads a `prometheus: { server: <name> }` block (of `sla` or of a backup item) and returns that
 * platform server. A team-owned block may hold nothing but `server`; the portal's own
 * configuration neither (addresses and credentials live in `releaseReadiness.prometheus.servers`).
 * Throws an `InputError` naming the key, e.g. `Invalid configuration at
 * 'environments.prod.sla.prometheus.server': unknown server 'mian'; known: main`.
 *
 * @param options - `config` holds the block at `key`; `keyPrefix` is how messages name `config`
 */
export function resolveServerBlock(options: {
  config: Config;
  key: string;
  keyPrefix: string;
  owner: 'platform' | 'team';
  servers: ReadonlyMap<string, PrometheusServer>;
}): PrometheusServer {
  const { config, key, keyPrefix, owner, servers } = options;
  if (owner === 'team') {
    refuseTeamOwnedKeys({
      config,
      key,
      keyPrefix,
      allowed: ['server'],
      reason: TEAM_REASON,
    });
  }
  const { server: name } = readConfigWithSchema(
    config,
    key,
    blockSchema,
    keyPrefix,
  );
  const server = servers.get(name);
  if (!server) {
    const known = [...servers.keys()];
    throw new InputError(
      `Invalid configuration at '${keyPrefix}.${key}.server': unknown server '${name}'; ${
        known.length > 0
          ? `known: ${known.join(', ')}`
          : 'no servers are configured'
      } (releaseReadiness.prometheus.servers)`,
    );
  }
  return server;
}
