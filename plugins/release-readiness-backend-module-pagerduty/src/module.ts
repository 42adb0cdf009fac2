import { createBackendModule } from '@backstage/backend-plugin-api';

/**
 * Adds the pagerduty data sources to the release-readiness backend.
 *
 * @public
 */
export const releaseReadinessModulePagerDuty = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'pagerduty',
  register(reg) {
    reg.registerInit({
      deps: {},
      async init() {
        // Sources are registered here by the issues that implement them.
      },
    });
  },
});
