import { Config } from '@backstage/config';
import type { EnvironmentTarget } from '@release-readiness/plugin-release-readiness-common';
import type { PlatformClusters } from './PlatformCluster';

/**
 * Where an environment that names a platform cluster runs, for the board:
 * `{ label: '<cluster>/<namespace>', offline: <the cluster is air-gapped> }`. Undefined when the
 * block names no known cluster or no namespace. Reads only those two keys, never credentials.
 */
export function describeClusterTarget(
  config: Config,
  clusters: PlatformClusters,
): EnvironmentTarget | undefined {
  const name = config.getOptional('cluster');
  const namespace = config.getOptional('namespace');
  const cluster = typeof name === 'string' ? clusters.get(name) : undefined;
  if (!cluster || typeof namespace !== 'string' || !namespace) {
    return undefined;
  }
  return { label: `${cluster.name}/${namespace}`, offline: cluster.airGapped };
}
