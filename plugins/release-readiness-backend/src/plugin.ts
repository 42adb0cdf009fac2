import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { Collector } from './collector/Collector';
import { readCollectorOptions } from './collector/readCollectorOptions';
import { scheduleRefresh } from './collector/scheduleRefresh';
import { createRouter } from './router';
import { environmentsRoutes } from './environments/environmentsRoutes';
import { EnvironmentRegistry } from './environments/EnvironmentRegistry';
import { createPeople } from './people/createPeople';
import { createReadiness } from './readiness/createReadiness';
import { createWorkloads } from './workloads/createWorkloads';
import { registerWorkloadSources } from './workloads/registerWorkloadSources';
import { registerOnCallSources } from './people/registerOnCallSources';
import { registerReadinessSources } from './readiness/registerReadinessSources';

/**
 * The release-readiness backend plugin: per-environment workloads, gates, people and decisions.
 *
 * @public
 */
export const releaseReadinessPlugin = createBackendPlugin({
  pluginId: 'release-readiness',
  register(env) {
    const workloadSources = registerWorkloadSources(env);
    const onCallSources = registerOnCallSources(env);
    const { gateSources, incidentSources } = registerReadinessSources(env);
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        cache: coreServices.cache,
        scheduler: coreServices.scheduler,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        database: coreServices.database,
        auditor: coreServices.auditor,
      },
      async init(deps) {
        const { config, logger, cache, scheduler, httpAuth, httpRouter } = deps;
        const { permissions } = deps;

        const environments = EnvironmentRegistry.fromConfig(config);
        const collector = Collector.create({
          cache,
          logger,
          options: readCollectorOptions(config),
        });
        const workloads = await createWorkloads({
          config,
          logger,
          environments,
          collector,
          sources: workloadSources,
        });
        const people = await createPeople({
          ...deps,
          environments,
          collector,
          onCallSources,
        });
        const readiness = await createReadiness({
          ...deps,
          raci: environment => people.raci.getRaci(environment),
          environments,
          collector,
          gateSources,
          incidentSources,
          onCall: (environment, range) =>
            people.onCall.getCoverage(environment, range),
          workloads: environment => workloads.service.workloads(environment),
        });

        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            routes: [
              environmentsRoutes({ environments }),
              people.router,
              workloads.router,
              readiness.router,
            ],
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        await scheduleRefresh({ config, scheduler, collector, logger });
      },
    });
  },
});
