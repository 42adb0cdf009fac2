import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { releaseReadinessRollbackStrategiesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';
import { readPlatformClusters } from './clusters/readPlatformClusters';
import { createKubernetesRollbackStrategyFactory } from './rollback/createKubernetesRollbackStrategyFactory';
import { readVersionMatcher } from './rollback/readVersionMatcher';

/**
 * Adds the `kubernetes` rollback strategy to the release-readiness backend: native rollbacks
 * with `kubectl rollout undo` semantics (a Deployment's own ReplicaSets, a StatefulSet's or
 * DaemonSet's own ControllerRevisions; writes with a `resourceVersion` precondition; server-side
 * dry runs), on the cluster and namespace an environment's workloads are read from. It reads the
 * platform's clusters, `releaseReadiness.clusters`, at start-up, as the workloads module does.
 *
 * @remarks
 * A module of its own (`kubernetes-rollback`) beside the workloads module, because it needs the
 * backend's `release-readiness.rollback-strategies` extension point: a module that depends on an
 * extension point its plugin does not register stops the backend, so the workloads module stays
 * free of it. Add it once the backend provides that point.
 *
 * @public
 */
export const releaseReadinessModuleKubernetesRollback = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'kubernetes-rollback',
  register(reg) {
    reg.registerInit({
      deps: {
        rollbacks: releaseReadinessRollbackStrategiesExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ rollbacks, config, logger }) {
        rollbacks.addRollbackStrategy(
          createKubernetesRollbackStrategyFactory(
            readPlatformClusters(config, logger),
            readVersionMatcher(config),
          ),
        );
      },
    });
  },
});
