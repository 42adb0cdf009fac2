import { Config } from '@backstage/config';
import type { PlatformClusters } from './PlatformCluster';

/** True when the environment block's `cluster` names a known air-gapped platform cluster. */
export function namesAirGappedCluster(
  config: Config,
  clusters: PlatformClusters,
): boolean {
  const name = config.getOptional('cluster');
  return typeof name === 'string' && clusters.get(name)?.airGapped === true;
}
