import { createBackendModule } from '@backstage/backend-plugin-api';

/**
 * Adds the github data sources to the release-readiness backend.
 *
 * @public
 */
export const releaseReadinessModuleGithub = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'github',
  register(reg) {
    reg.registerInit({
      deps: {},
      async init() {
        // Sources are registered here by the issues that implement them.
      },
    });
  },
});
