import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { OnCallSource } from '@release-readiness/plugin-release-readiness-node';
import type { SourceCollector } from '../collector/collectorTypes';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { SourceRegistry } from '../sources/SourceRegistry';
import { asSystemRoot, SystemConfigRoot } from '../systems/SystemConfigRoot';
import { factoryOptionsOf } from '../sources/factoryOptionsOf';
import { CatalogPeopleResolver } from './CatalogPeopleResolver';
import {
  createConfigOnCallSourceFactory,
  DEFAULT_ROTATION_KEY,
} from './createConfigOnCallSourceFactory';
import { OnCallService } from './OnCallService';
import { peopleRoutes } from './peopleRoutes';
import { RaciService } from './RaciService';
import { readRaciConfig } from './readRaciConfig';

/**
 * Sets up the people features: reads and validates the RACI and rotation configuration (stopping
 * the backend on errors), adds the built-in `config` on-call source, creates the on-call source of
 * every environment (the default rotation for those without one), and returns the services and
 * their routes.
 */
export async function createPeople(options: {
  /** The system's policy (given the portal's configuration: the single-system shorthand). */
  config: Config | SystemConfigRoot;
  environments: EnvironmentRegistry;
  collector: SourceCollector;
  catalog: CatalogService;
  auth: AuthService;
  onCallSources: SourceRegistry<OnCallSource>;
  logger: LoggerService;
}) {
  const { environments, collector, onCallSources, logger } = options;
  const system = asSystemRoot(options.config);
  const resolver = new CatalogPeopleResolver(options);
  const raci = RaciService.create({
    environments,
    collector,
    resolver,
    definitions: readRaciConfig(system, environments.list()),
  });
  const configSource = createConfigOnCallSourceFactory(system);
  const sources = await onCallSources.createAll(environments.list(), logger, [
    configSource,
  ]);
  if (system.config.has(DEFAULT_ROTATION_KEY)) {
    for (const environment of environments.list()) {
      if (!sources.has(environment.summary.name)) {
        const source = await configSource.create({
          ...factoryOptionsOf(environment),
          logger,
        });
        sources.set(environment.summary.name, {
          type: configSource.type,
          source,
        });
      }
    }
  }
  const onCall = OnCallService.create({
    environments,
    collector,
    resolver,
    sources,
  });
  return { raci, onCall, router: peopleRoutes({ raci, onCall }) };
}
