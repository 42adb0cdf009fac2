import {
  BackendPluginRegistrationPoints,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  releaseReadinessWorkloadSourcesExtensionPoint,
  WorkloadSource,
} from '@internal/backstage-plugin-release-readiness-node';
import { Collector } from '../collector/Collector';
import { EnvironmentRegistry } from '../service/EnvironmentRegistry';
import { SourceRegistry } from '../sources/SourceRegistry';
import { defaultWorkloadSourceType } from './defaultWorkloadSourceType';
import { readVersionMatcher } from './readVersionMatcher';
import { workloadsRoutes } from './workloadsRoutes';
import { WorkloadsService } from './WorkloadsService';

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

/**
 * Creates every environment's workload source (stopping the backend on bad configuration), the
 * service that reads them through the collector, and the workloads routes.
 */
export async function createWorkloads(options: {
  config: Config;
  logger: LoggerService;
  environments: EnvironmentRegistry;
  collector: Collector;
  sources: SourceRegistry<WorkloadSource>;
}) {
  const { config, logger, environments, collector, sources } = options;
  const service = new WorkloadsService({
    environments,
    collector,
    sources: await sources.createAll(environments.list(), logger),
    matcher: readVersionMatcher(config),
  });
  return { service, router: workloadsRoutes({ workloads: service }) };
}
