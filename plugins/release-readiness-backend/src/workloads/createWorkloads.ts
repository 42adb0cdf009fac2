import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import type { EnvironmentTarget } from '@release-readiness/plugin-release-readiness-common';
import type { SourceCollector } from '../collector/collectorTypes';
import { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import { factoryOptionsOf } from '../sources/factoryOptionsOf';
import type { WorkloadSourceRegistry } from './registerWorkloadSources';
import { readVersionMatcher } from './readVersionMatcher';
import { workloadsRoutes } from './workloadsRoutes';
import { WorkloadsService } from './WorkloadsService';

/**
 * Creates every environment's workload source (stopping the backend on bad configuration), tells
 * the environments where they run (each source's own description), and returns the service that
 * reads them through the collector, and the workloads routes.
 */
export async function createWorkloads(options: {
  config: Config;
  logger: LoggerService;
  environments: EnvironmentRegistry;
  collector: SourceCollector;
  sources: WorkloadSourceRegistry;
}) {
  const { config, logger, environments, collector, sources } = options;
  const created = await sources.createAll(environments.list(), logger);
  const targets = new Map<string, EnvironmentTarget>();
  for (const environment of environments.list()) {
    const { summary } = environment;
    const type = created.get(summary.name)?.type;
    const target =
      type &&
      sources.factory(type)?.describeTarget?.(factoryOptionsOf(environment));
    if (target) {
      targets.set(summary.name, target);
    }
  }
  environments.setTargets(targets);
  const service = new WorkloadsService({
    environments,
    collector,
    sources: created,
    matcher: readVersionMatcher(config),
  });
  return { service, router: workloadsRoutes({ workloads: service }) };
}
