import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';

/**
 * Adds the release-readiness actions (go/no-go approval, rollback) to the scaffolder.
 *
 * @public
 */
export const scaffolderModuleReleaseReadiness = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'release-readiness',
  register({ registerInit }) {
    registerInit({
      deps: { scaffolderActions: scaffolderActionsExtensionPoint },
      async init({ scaffolderActions }) {
        scaffolderActions.addActions();
      },
    });
  },
});
