import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { releaseReadinessGateSourcesExtensionPoint } from '@internal/backstage-plugin-release-readiness-node';
import { createGithubGateSourceFactory } from './github/createGithubGateSourceFactory';

/**
 * Adds the `github` gate source (check runs and commit statuses) to the release-readiness
 * backend.
 *
 * @public
 */
export const releaseReadinessModuleGithub = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'github',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        gates: releaseReadinessGateSourcesExtensionPoint,
      },
      async init({ config, gates }) {
        gates.addGateSource(createGithubGateSourceFactory({ config }));
      },
    });
  },
});
