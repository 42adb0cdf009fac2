import type { SourceFactoryOptions } from '@release-readiness/plugin-release-readiness-node';
import type { EnvironmentDefinition } from '../environments/readEnvironments';

/** What a source factory is told about an environment (without a logger). */
export function factoryOptionsOf(
  environment: EnvironmentDefinition,
): Omit<SourceFactoryOptions, 'logger'> {
  return {
    environment: environment.summary.name,
    system: environment.system,
    keyPrefix: environment.keyPrefix,
    owner: environment.owner,
    config: environment.config,
  };
}
