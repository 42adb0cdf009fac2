import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { releaseReadinessPermissions } from '@internal/backstage-plugin-release-readiness-common';
import { Collector } from './collector/Collector';
import { readCollectorOptions } from './collector/readCollectorOptions';
import { scheduleRefresh } from './collector/scheduleRefresh';
import { createRouter } from './router';
import { environmentsRoutes } from './routes/environmentsRoutes';
import { EnvironmentRegistry } from './service/EnvironmentRegistry';

/**
 * The release-readiness backend plugin: per-environment workloads, gates, people and decisions.
 *
 * @public
 */
export const releaseReadinessPlugin = createBackendPlugin({
  pluginId: 'release-readiness',
  register(env) {
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
      },
      async init(deps) {
        const { config, logger, cache, scheduler, httpAuth, httpRouter } = deps;
        const { permissions, permissionsRegistry } = deps;

        const environments = EnvironmentRegistry.fromConfig(config);
        const collector = Collector.create({
          cache,
          logger,
          options: readCollectorOptions(config),
        });

        permissionsRegistry.addPermissions(releaseReadinessPermissions);
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            routes: [environmentsRoutes({ environments })],
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        await scheduleRefresh({ config, scheduler, collector, logger });
      },
    });
  },
});
