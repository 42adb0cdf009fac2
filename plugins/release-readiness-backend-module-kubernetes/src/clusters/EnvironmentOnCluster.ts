import type { AirGappedCluster, LiveCluster } from './PlatformCluster';

/**
 * An environment that names a platform cluster (`cluster`, `namespace`, optional
 * `labelSelector` at the top level of its block), resolved: read live, or from the air-gapped
 * cluster's snapshot of its namespace.
 */
export type EnvironmentOnCluster =
  | {
      kind: 'live';
      cluster: LiveCluster;
      namespace: string;
      /** The environment's own, else the cluster's default. */
      labelSelector?: string;
    }
  | {
      kind: 'snapshot';
      cluster: AirGappedCluster;
      namespace: string;
      /** The absolute path of the cluster's snapshot file of that namespace. */
      path: string;
    };
