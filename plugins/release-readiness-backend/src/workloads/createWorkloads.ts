import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import type { WorkloadSource } from '@internal/backstage-plugin-release-readiness-node';
import { Collector } from '../collector/Collector';
import { EnvironmentRegistry } from '../service/EnvironmentRegistry';
import { SourceRegistry } from '../sources/SourceRegistry';
import { readVersionMatcher } from './readVersionMatcher';
import { workloadsRoutes } from './workloadsRoutes';
import { WorkloadsService } from './WorkloadsService';

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
