import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { OnCallSource } from '@internal/backstage-plugin-release-readiness-node';
import { Collector } from '../collector/Collector';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { SourceRegistry } from '../sources/SourceRegistry';
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
  config: Config;
  environments: EnvironmentRegistry;
  collector: Collector;
  catalog: CatalogService;
  auth: AuthService;
  onCallSources: SourceRegistry<OnCallSource>;
  logger: LoggerService;
}) {
  const { config, environments, collector, onCallSources, logger } = options;
  const resolver = new CatalogPeopleResolver(options);
  const raci = RaciService.create({
    environments,
    collector,
    resolver,
    definitions: readRaciConfig(config, environments.list()),
  });
  const configSource = createConfigOnCallSourceFactory(config);
  onCallSources.add(configSource);
  const sources = await onCallSources.createAll(environments.list(), logger);
  if (config.has(DEFAULT_ROTATION_KEY)) {
    for (const { summary, config: envConfig } of environments.list()) {
      if (!sources.has(summary.name)) {
        const source = await configSource.create({
          environment: summary.name,
          config: envConfig,
          logger,
        });
        sources.set(summary.name, { type: configSource.type, source });
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
