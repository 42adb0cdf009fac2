import { createBackendModule } from '@backstage/backend-plugin-api';
import { releaseReadinessGateSourcesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';

/**
 * A backend module that adds the gate source type `canary-ci`: it reads its credential from
 * `gates.token` of the environment and fails every call with an error that quotes it, as a
 * careless upstream client would. Whatever the plugin makes of that error must not quote it.
 */
export const canaryGateModule = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'test-canary-ci',
  register(reg) {
    reg.registerInit({
      deps: { gates: releaseReadinessGateSourcesExtensionPoint },
      async init({ gates }) {
        gates.addGateSource({
          type: 'canary-ci',
          create: ({ system, environment, config }) => {
            const token = config.getString('gates.token');
            return {
              key: `canary-ci:${system}/${environment}`,
              name: 'canary-ci',
              getChecks: async () => {
                throw new Error(
                  `GET https://ci.example/api?token=${token} answered 401: token ${token} was rejected`,
                );
              },
            };
          },
        });
      },
    });
  },
});
