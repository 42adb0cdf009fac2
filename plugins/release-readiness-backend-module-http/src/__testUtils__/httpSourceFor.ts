import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { GateSource } from '@release-readiness/plugin-release-readiness-node';
import { readHttpModuleOptions } from '../config/readHttpModuleOptions';
import { createHttpGateSourceFactory } from '../http/createHttpGateSourceFactory';

/**
 * Creates an `http` gate source the way the backend does: the module's options from a root
 * configuration, the environment's block through the factory.
 */
export async function httpSourceFor(
  checks: object,
  options: {
    root?: object;
    owner?: 'platform' | 'team';
    system?: string;
    environment?: string;
  } = {},
): Promise<GateSource> {
  const factory = createHttpGateSourceFactory({
    module: readHttpModuleOptions(new ConfigReader(options.root ?? {})),
  });
  const environment = options.environment ?? 'prod';
  return factory.create({
    system: options.system ?? 'servanda',
    environment,
    config: new ConfigReader({
      gates: { source: 'http', http: { checks } },
    }),
    keyPrefix: `releaseReadiness.systems.servanda.environments.${environment}`,
    owner: options.owner ?? 'platform',
    logger: mockServices.logger.mock(),
  });
}
