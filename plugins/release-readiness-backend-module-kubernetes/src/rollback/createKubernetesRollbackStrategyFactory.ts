import { InputError } from '@backstage/errors';
import type { VersionMatcher } from '@release-readiness/plugin-release-readiness-common';
import type { RollbackStrategyFactory } from '@release-readiness/plugin-release-readiness-node';
import type { PlatformClusters } from '../clusters/PlatformCluster';
import { AirGappedRollbackStrategy } from './AirGappedRollbackStrategy';
import { KubernetesApi } from './KubernetesApi';
import { KubernetesRollbackStrategy } from './KubernetesRollbackStrategy';
import { resolveRollbackConnection } from './resolveRollbackConnection';

/**
 * The `kubernetes` rollback strategy (`rollback.strategy: kubernetes`): native rollbacks with
 * `kubectl rollout undo` semantics, on the cluster and namespace the environment's workloads are
 * read from ({@link resolveRollbackConnection}); the environments of one platform cluster share
 * its connection pool. An air-gapped environment gets a strategy that refuses every plan. The
 * strategy has no options of its own; a key in its block is refused, naming it.
 *
 * @param clusters - the platform's clusters (`releaseReadiness.clusters`), read at start-up
 * @param matcher - the configured version patterns, for the versions of revisions
 */
export function createKubernetesRollbackStrategyFactory(
  clusters: PlatformClusters,
  matcher: VersionMatcher,
): RollbackStrategyFactory {
  const pool = new Map<string, KubernetesApi>();
  return {
    type: 'kubernetes',
    // Live environments and air-gapped ones (whose plans it refuses, saying why).
    defaultFor: ['kubernetes', 'snapshot'],
    create(options) {
      const key = options.strategyConfig.keys()[0];
      if (key !== undefined) {
        throw new InputError(
          `Invalid configuration at '${options.strategyKeyPrefix}.${key}': the kubernetes rollback strategy has no options (it writes to the environment's cluster and namespace)`,
        );
      }
      const connection = resolveRollbackConnection(options, clusters, pool);
      if (connection.mode === 'snapshot') {
        return new AirGappedRollbackStrategy({
          environment: options.environment,
          cluster: connection.cluster,
          namespace: connection.namespace,
        });
      }
      return new KubernetesRollbackStrategy({ ...connection, matcher });
    },
  };
}
