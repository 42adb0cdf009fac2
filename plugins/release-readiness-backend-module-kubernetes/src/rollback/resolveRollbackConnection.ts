import { InputError } from '@backstage/errors';
import {
  readConfigWithSchema,
  type SourceFactoryOptions,
} from '@release-readiness/plugin-release-readiness-node';
import type { PlatformClusters } from '../clusters/PlatformCluster';
import { readEnvironmentCluster } from '../clusters/readEnvironmentCluster';
import { namespaceNameSchema } from '../config/namespaceNameSchema';
import { readOwnConnection } from '../config/readOwnConnection';
import { refuseTeamConnections } from '../config/refuseTeamConnections';
import { KubernetesApi } from './KubernetesApi';

/** Where a rollback of an environment writes: a live API server, or nowhere (air-gapped). */
export type RollbackConnection =
  | { mode: 'live'; cluster: string; namespace: string; api: KubernetesApi }
  | { mode: 'snapshot'; cluster: string; namespace: string };

/**
 * Resolves where the `kubernetes` rollback strategy writes for one environment, by the rules its
 * workloads are read by: the platform cluster the block names (`cluster`, `namespace`; one
 * {@link KubernetesApi}, so one connection pool, per cluster, shared through `pool`), an
 * air-gapped cluster's snapshot (nothing to write to), or, platform-owned only, the block's own
 * `kubernetes` connection or `workloads: { source: snapshot }` file. A team's block never
 * carries a connection.
 *
 * @throws `InputError` naming the key: a connection in a team-owned block, an invalid or unknown
 *   cluster (see `readEnvironmentCluster`), a block with neither a cluster nor a connection
 */
export function resolveRollbackConnection(
  options: Pick<
    SourceFactoryOptions,
    'config' | 'keyPrefix' | 'owner' | 'environment'
  >,
  clusters: PlatformClusters,
  pool: Map<string, KubernetesApi>,
): RollbackConnection {
  refuseTeamConnections(options);
  const { config, keyPrefix, environment } = options;
  const onCluster = readEnvironmentCluster(options, clusters);
  if (onCluster?.kind === 'snapshot') {
    return {
      mode: 'snapshot',
      cluster: onCluster.cluster.name,
      namespace: onCluster.namespace,
    };
  }
  if (onCluster) {
    const { cluster, namespace } = onCluster;
    let api = pool.get(cluster.name);
    if (!api) {
      api = new KubernetesApi(cluster.kubeConfig);
      pool.set(cluster.name, api);
    }
    return { mode: 'live', cluster: cluster.name, namespace, api };
  }
  if (
    config.getOptional('workloads.source') === 'snapshot' ||
    config.getOptional('kubernetes.airGapped') === true
  ) {
    return {
      mode: 'snapshot',
      cluster: config.getOptionalString('kubernetes.cluster') ?? environment,
      namespace: readConfigWithSchema(
        config,
        'kubernetes.namespace',
        namespaceNameSchema,
        keyPrefix,
      ),
    };
  }
  const own = readOwnConnection(keyPrefix, config, environment);
  if (own) {
    return {
      mode: 'live',
      cluster: own.cluster,
      namespace: own.namespace,
      api: new KubernetesApi(own.kubeConfig),
    };
  }
  throw new InputError(
    `Invalid configuration at '${keyPrefix}.cluster': the kubernetes rollback strategy writes to the environment's cluster; name a cluster of releaseReadiness.clusters (configured: ${
      [...clusters.keys()].join(', ') || 'none'
    })`,
  );
}
