import { BackendPluginRegistrationPoints } from '@backstage/backend-plugin-api';
import { releaseReadinessRollbackStrategiesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';
import { RollbackStrategyRegistry } from './RollbackStrategyRegistry';

/** Registers the `release-readiness.rollback-strategies` extension point and returns its registry. */
export function registerRollbackStrategies(
  env: BackendPluginRegistrationPoints,
): RollbackStrategyRegistry {
  const registry = new RollbackStrategyRegistry();
  env.registerExtensionPoint(releaseReadinessRollbackStrategiesExtensionPoint, {
    addRollbackStrategy: (...factories) => registry.add(...factories),
  });
  return registry;
}
