import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { releaseReadinessGateSourcesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';
import { readHttpModuleOptions } from './config/readHttpModuleOptions';
import { createHttpGateSourceFactory } from './http/createHttpGateSourceFactory';

/**
 * Adds the `http` gate source (health and readiness endpoints probed as gate checks) to the
 * release-readiness backend.
 *
 * @public
 */
export const releaseReadinessModuleHttp = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'http',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        gates: releaseReadinessGateSourcesExtensionPoint,
      },
      async init({ config, gates }) {
        gates.addGateSource(
          createHttpGateSourceFactory({
            module: readHttpModuleOptions(config),
          }),
        );
      },
    });
  },
});
