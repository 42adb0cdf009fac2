import { InputError } from '@backstage/errors';
import {
  GateSourceFactory,
  readConfigWithSchema,
} from '@release-readiness/plugin-release-readiness-node';
import { rootCertificates } from 'node:tls';
import { Agent, Dispatcher } from 'undici';
import { httpGatesSchema } from '../config/httpGatesSchema';
import { readCaFile } from '../config/readCaFile';
import type { HttpModuleOptions } from '../config/readHttpModuleOptions';
import { HttpGateSource } from './HttpGateSource';

/** An agent that verifies certificates against Node's CAs plus `extraCa`, always. */
function createAgent(extraCa: readonly string[]): Dispatcher {
  return new Agent({
    connect: {
      rejectUnauthorized: true,
      ...(extraCa.length > 0 && { ca: [...rootCertificates, ...extraCa] }),
    },
  });
}

/**
 * The `http` gate source: picked by `gates.source: http` in an environment's block, probing the
 * URLs of `gates.http.checks` (see the README).
 *
 * @remarks
 * Validated at start-up; messages name `<keyPrefix>.gates.http.checks.<name>.<key>`. A
 * team-owned block (`owner: 'team'`) may probe only `releaseReadiness.http.allowedHosts` and may
 * not name a `caFile`; URLs with credentials are refused everywhere. TLS is always verified,
 * against Node's CAs plus `releaseReadiness.http.caFile` and the check's own `caFile`.
 */
export function createHttpGateSourceFactory(options: {
  module: HttpModuleOptions;
  now?: () => number;
  monotonicNow?: () => number;
}): GateSourceFactory {
  const platformCa = options.module.ca ?? [];
  let sharedAgent: Dispatcher | undefined;
  const agentsByCaFile = new Map<string, Dispatcher>();
  return {
    type: 'http',
    create({ system, environment, config, keyPrefix, owner }) {
      const parsed = readConfigWithSchema(
        config,
        'gates.http',
        httpGatesSchema({
          owner,
          allowedHosts: options.module.allowedHosts,
          collectorTimeoutMs: options.module.collectorTimeoutMs,
          defaultTimeoutMs: options.module.defaultTimeoutMs,
        }),
        keyPrefix,
      );
      const checks = Object.entries(parsed.checks).map(
        ([name, { caFile, ...check }]) => {
          let dispatcher: Dispatcher;
          if (caFile === undefined) {
            sharedAgent ??= createAgent(platformCa);
            dispatcher = sharedAgent;
          } else {
            const known = agentsByCaFile.get(caFile);
            if (known) {
              dispatcher = known;
            } else {
              let ca: string[];
              try {
                ca = readCaFile(caFile);
              } catch (error) {
                throw new InputError(
                  `Invalid configuration at '${keyPrefix}.gates.http.checks.${name}.caFile': ${
                    (error as Error).message
                  }`,
                );
              }
              dispatcher = createAgent([...platformCa, ...ca]);
              agentsByCaFile.set(caFile, dispatcher);
            }
          }
          return { name, ...check, dispatcher };
        },
      );
      return new HttpGateSource({
        system,
        environment,
        checks,
        now: options.now,
        monotonicNow: options.monotonicNow,
      });
    },
  };
}
