import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  releaseReadinessGateSourcesExtensionPoint,
  releaseReadinessRollbackStrategiesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import { createGithubGateSourceFactory } from './github/createGithubGateSourceFactory';
import { createGithubActionsRollbackStrategyFactory } from './rollback/createGithubActionsRollbackStrategyFactory';

/**
 * Adds the `github` gate source (check runs and commit statuses) and the `github-actions`
 * rollback strategy (redeploy a release through the deploy workflow) to the release-readiness
 * backend.
 *
 * @remarks
 * It depends on both extension points: the release-readiness backend of this repository
 * offers them, and a backend that did not offer the rollback one should fail at start with
 * Backstage's message naming the missing extension point, rather than start without a strategy
 * that a policy names.
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
        rollbacks: releaseReadinessRollbackStrategiesExtensionPoint,
      },
      async init({ config, gates, rollbacks }) {
        gates.addGateSource(createGithubGateSourceFactory({ config }));
        rollbacks.addRollbackStrategy(
          createGithubActionsRollbackStrategyFactory({ config }),
        );
      },
    });
  },
});
