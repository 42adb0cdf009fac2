import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  releaseReadinessRollbackStrategiesExtensionPoint,
  releaseReadinessWorkloadSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import { TestClusterRollbackStrategy } from './TestClusterRollbackStrategy';
import type { TestRollbackCluster } from './TestRollbackCluster';

/**
 * A release-readiness backend module for the end-to-end rollback tests: the workload source
 * type `kubernetes` (so the environment gets the default, native rollback strategy, as with the
 * live Kubernetes source) and the rollback strategy `kubernetes`, both over `cluster`.
 */
export function testRollbackModule(cluster: TestRollbackCluster) {
  return createBackendModule({
    pluginId: 'release-readiness',
    moduleId: 'test-rollback-cluster',
    register(reg) {
      reg.registerInit({
        deps: {
          sources: releaseReadinessWorkloadSourcesExtensionPoint,
          strategies: releaseReadinessRollbackStrategiesExtensionPoint,
        },
        async init({ sources, strategies }) {
          sources.addWorkloadSource({
            type: 'kubernetes',
            create: ({ system, environment }) => ({
              name: `test-cluster:${system}/${environment}`,
              listWorkloads: async () => ({ items: cluster.list() }),
            }),
          });
          strategies.addRollbackStrategy({
            type: 'kubernetes',
            defaultFor: ['kubernetes'],
            create: () => new TestClusterRollbackStrategy(cluster),
          });
        },
      });
    },
  });
}
