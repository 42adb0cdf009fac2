import { InputError } from '@backstage/errors';
import type { EnvironmentDefinition } from '../environments/readEnvironments';
import type { ClusterLimits } from './readPlatformSettings';

/**
 * Refuses a team's environment that names a cluster its system may not use: allowed are the
 * clusters listed for the system (`bySystem`) or for its owner group (`byOwner`). Without
 * configured limits every cluster is allowed. Throws an `InputError` naming the key.
 */
export function checkClusterLimits(options: {
  system: string;
  owner?: string;
  environments: EnvironmentDefinition[];
  limits?: ClusterLimits;
}): void {
  const { system, owner, environments, limits } = options;
  if (!limits) {
    return;
  }
  const allowed = new Set([
    ...(limits.bySystem[system] ?? []),
    ...(owner ? limits.byOwner[owner] ?? [] : []),
  ]);
  for (const environment of environments) {
    const cluster = environment.config.getOptionalString('cluster');
    if (cluster !== undefined && !allowed.has(cluster)) {
      throw new InputError(
        `Invalid configuration at '${
          environment.keyPrefix
        }.cluster': system '${system}' may not use cluster '${cluster}' (allowed: ${
          [...allowed].join(', ') || 'none'
        }; releaseReadiness.limits.clusters)`,
      );
    }
  }
}
