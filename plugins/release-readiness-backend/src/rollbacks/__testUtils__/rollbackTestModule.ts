import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  releaseReadinessRollbackStrategiesExtensionPoint,
  releaseReadinessWorkloadSourcesExtensionPoint,
  RollbackStrategyFactory,
} from '@release-readiness/plugin-release-readiness-node';
import { TestPipelineStrategy } from './TestPipelineStrategy';
import { TestRollbackStrategy } from './TestRollbackStrategy';
import type { TestStrategyControl } from './TestStrategyControl';
import type { TestWorkloads } from './TestWorkloads';

/**
 * A backend module that adds, over {@link TestWorkloads}, the workload source type `kubernetes`
 * (so environments get the default rollback strategy, as with the live Kubernetes source) and
 * the rollback strategies `kubernetes` ({@link TestRollbackStrategy}) and `test-pipeline`
 * ({@link TestPipelineStrategy}), steered and counted by `control`.
 */
export function rollbackTestModule(options: {
  workloads: TestWorkloads;
  control: TestStrategyControl;
}) {
  const { workloads, control } = options;
  const factory = (
    type: string,
    Strategy: typeof TestRollbackStrategy,
    defaultFor?: string[],
  ): RollbackStrategyFactory => ({
    type,
    ...(defaultFor && { defaultFor }),
    create: ({ system, environment, strategyConfig, strategyKeyPrefix }) => {
      control.created.push({
        type,
        environment,
        keyPrefix: strategyKeyPrefix,
        config: strategyConfig.get(),
      });
      return new Strategy({
        name: `${type}:test-cluster/${system}/${environment}`,
        environment,
        workloads,
        control,
      });
    },
  });
  return createBackendModule({
    pluginId: 'release-readiness',
    moduleId: 'test-rollbacks',
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
              listWorkloads: async () => ({
                items: workloads.list(environment),
              }),
            }),
          });
          strategies.addRollbackStrategy(
            factory('kubernetes', TestRollbackStrategy, ['kubernetes']),
            factory('test-pipeline', TestPipelineStrategy),
          );
        },
      });
    },
  });
}
