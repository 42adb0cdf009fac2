import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { releaseReadinessPermissions } from '@internal/backstage-plugin-release-readiness-common';
import { createRouter } from './router';
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
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({
        config,
        httpAuth,
        httpRouter,
        permissions,
        permissionsRegistry,
      }) {
        const environments = EnvironmentRegistry.fromConfig(config);
        permissionsRegistry.addPermissions(releaseReadinessPermissions);
        httpRouter.use(
          await createRouter({ httpAuth, permissions, environments }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
