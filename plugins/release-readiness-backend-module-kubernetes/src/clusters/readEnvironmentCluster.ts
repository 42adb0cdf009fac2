import { InputError } from '@backstage/errors';
import {
  readConfigWithSchema,
  type SourceFactoryOptions,
} from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import { ENVIRONMENT_CONNECTION_KEYS } from '../config/ENVIRONMENT_CONNECTION_KEYS';
import { namespaceNameSchema } from '../config/namespaceNameSchema';
import type { EnvironmentOnCluster } from './EnvironmentOnCluster';
import type { PlatformClusters } from './PlatformCluster';

const environmentSchema = z
  .object({
    cluster: z.string().min(1),
    namespace: namespaceNameSchema,
    labelSelector: z.string().min(1).optional(),
  })
  // Loose: the rest of the block (title, gates, …) belongs to the core and other sources.
  .loose();

/**
 * Reads the platform cluster an environment names (`cluster`, `namespace` and an optional
 * `labelSelector` at the top level of its block) and resolves it in `clusters`.
 *
 * @returns undefined when a platform-owned block names no `cluster` (it may still carry its own
 *   `kubernetes` connection, the legacy form)
 * @throws `InputError` naming `<keyPrefix>.<key>`: a team-owned block without `cluster` (a
 *   team's environment can only name a platform cluster); an invalid `cluster`, `namespace` or
 *   `labelSelector`; a connection key beside `cluster` (the cluster brings its own); an unknown
 *   cluster (listing the known ones); a label selector for an air-gapped cluster (its snapshots
 *   are not filtered by label); an air-gapped cluster without a snapshot of the namespace
 */
export function readEnvironmentCluster(
  options: Pick<SourceFactoryOptions, 'config' | 'keyPrefix' | 'owner'>,
  clusters: PlatformClusters,
): EnvironmentOnCluster | undefined {
  const { config, keyPrefix, owner } = options;
  const invalid = (key: string, message: string) =>
    new InputError(
      `Invalid configuration at '${keyPrefix}.${key}': ${message}`,
    );
  const configured = () => [...clusters.keys()].join(', ') || 'none';
  if (!config.has('cluster')) {
    if (owner === 'team') {
      throw invalid(
        'cluster',
        `a team's environment names a platform cluster and a namespace (configured clusters: ${configured()})`,
      );
    }
    return undefined;
  }
  const parsed = readConfigWithSchema(config, '', environmentSchema, keyPrefix);
  const clusterKey = `releaseReadiness.clusters.${parsed.cluster}`;

  const beside = ENVIRONMENT_CONNECTION_KEYS.find(key => config.has(key));
  if (beside) {
    throw invalid(
      beside,
      `not allowed with cluster, which brings its own connection (${clusterKey})`,
    );
  }
  const cluster = clusters.get(parsed.cluster);
  if (!cluster) {
    throw invalid(
      'cluster',
      `no cluster '${
        parsed.cluster
      }' in releaseReadiness.clusters (configured: ${configured()})`,
    );
  }
  if (!cluster.airGapped) {
    return {
      kind: 'live',
      cluster,
      namespace: parsed.namespace,
      labelSelector: parsed.labelSelector ?? cluster.labelSelector,
    };
  }
  if (parsed.labelSelector !== undefined) {
    throw invalid(
      'labelSelector',
      `cluster '${cluster.name}' is air-gapped: its snapshots are read whole, not by label selector`,
    );
  }
  const path = cluster.snapshots.get(parsed.namespace);
  if (!path) {
    throw invalid(
      'namespace',
      `air-gapped cluster '${cluster.name}' has no snapshot of namespace '${parsed.namespace}' (${clusterKey}.snapshots)`,
    );
  }
  return { kind: 'snapshot', cluster, namespace: parsed.namespace, path };
}
