import { createBackendModule } from '@backstage/backend-plugin-api';

/**
 * Adds the kubernetes data sources to the release-readiness backend.
 *
 * @public
 */
export const releaseReadinessModuleKubernetes = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'kubernetes',
  register(reg) {
    reg.registerInit({
      deps: {},
      async init() {
        // Sources are registered here by the issues that implement them.
      },
    });
  },
});
