import { LoggerService } from '@backstage/backend-plugin-api';
import type { SlaSource } from '@release-readiness/plugin-release-readiness-node';
import type { SourceCollector } from '../collector/collectorTypes';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { SourceRegistry } from '../sources/SourceRegistry';
import { readSlaDefinitions } from './readSlaDefinitions';
import { SlaService } from './SlaService';
import { slaRoutes } from './slaRoutes';

/**
 * Reads a system's SLA services and objectives (stopping the backend, or marking a team's file
 * broken, on bad values), creates every environment's SLA source, and returns the service and its
 * route.
 */
export async function createSla(options: {
  environments: EnvironmentRegistry;
  collector: SourceCollector;
  sources: SourceRegistry<SlaSource>;
  logger: LoggerService;
  now?: () => number;
}) {
  const { environments } = options;
  const definitions = readSlaDefinitions(environments.list());
  const sources = await options.sources.createAll(
    environments.list().filter(e => definitions.has(e.summary.name)),
    options.logger,
  );
  const service = new SlaService({
    environments,
    collector: options.collector,
    sources,
    definitions,
    now: options.now,
  });
  return { service, router: slaRoutes({ sla: service }) };
}
