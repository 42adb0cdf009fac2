import { BackendPluginRegistrationPoints } from '@backstage/backend-plugin-api';
import {
  releaseReadinessWorkloadSourcesExtensionPoint,
  WorkloadSource,
} from '@internal/backstage-plugin-release-readiness-node';
import { SourceRegistry } from '../sources/SourceRegistry';
import { defaultWorkloadSourceType } from './defaultWorkloadSourceType';

/**
 * Registers the `release-readiness.workload-sources` extension point and returns the registry
 * that collects the factories modules add through it.
 */
export function registerWorkloadSources(
  env: BackendPluginRegistrationPoints,
): SourceRegistry<WorkloadSource> {
  const registry: SourceRegistry<WorkloadSource> = new SourceRegistry(
    'workloads',
    {
      defaultType: environment =>
        defaultWorkloadSourceType(environment, registry.types()),
    },
  );
  env.registerExtensionPoint(releaseReadinessWorkloadSourcesExtensionPoint, {
    addWorkloadSource: (...factories) => registry.add(...factories),
  });
  return registry;
}
