import { BackendPluginRegistrationPoints } from '@backstage/backend-plugin-api';
import {
  releaseReadinessWorkloadSourcesExtensionPoint,
  WorkloadSource,
  WorkloadSourceFactory,
} from '@release-readiness/plugin-release-readiness-node';
import { factoryOptionsOf } from '../sources/factoryOptionsOf';
import { SourceRegistry } from '../sources/SourceRegistry';

/** The workload sources' registry: factories say themselves which environments they serve. */
export type WorkloadSourceRegistry = SourceRegistry<
  WorkloadSource,
  WorkloadSourceFactory
>;

/**
 * Registers the `release-readiness.workload-sources` extension point and returns the registry
 * that collects the factories modules add through it.
 *
 * @remarks
 * An environment that names no `workloads.source` is served by the first installed factory
 * that says it `configures` the environment (e.g. the Kubernetes module's, when the environment
 * has `kubernetes.url` or `kubernetes.auth`); otherwise by none, and its workloads tile says why.
 */
export function registerWorkloadSources(
  env: BackendPluginRegistrationPoints,
): WorkloadSourceRegistry {
  const registry: WorkloadSourceRegistry = new SourceRegistry('workloads', {
    defaultType: environment =>
      registry
        .factories()
        .find(f => f.configures?.(factoryOptionsOf(environment)))?.type,
  });
  env.registerExtensionPoint(releaseReadinessWorkloadSourcesExtensionPoint, {
    addWorkloadSource: (...factories) => registry.add(...factories),
  });
  return registry;
}
