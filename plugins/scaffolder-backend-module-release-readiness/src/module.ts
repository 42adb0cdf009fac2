import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createGoNoGoRequestAction } from './actions/createGoNoGoRequestAction';
import { createGoNoGoVoteAction } from './actions/createGoNoGoVoteAction';
import { createGoNoGoWaiveAction } from './actions/createGoNoGoWaiveAction';
import { createRollbackAction } from './actions/createRollbackAction';
import { DecisionsClient } from './client/DecisionsClient';
import { RollbacksClient } from './client/RollbacksClient';
import { readDecisionLinks } from './config/readDecisionLinks';
import { readRollbackLinks } from './config/readRollbackLinks';

/**
 * Adds the release-readiness actions to the scaffolder: the go/no-go actions
 * `release-readiness:go-no-go:request`, `…:vote` and `…:waive`, and `release-readiness:rollback`.
 * They call the release-readiness backend on behalf of the person who runs the template. An invalid
 * `releaseReadiness.boardPath` or `app.baseUrl` stops the backend, naming the key.
 *
 * @public
 */
export const scaffolderModuleReleaseReadiness = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'release-readiness',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        config: coreServices.rootConfig,
      },
      async init({ scaffolderActions, auth, discovery, config }) {
        const link = readDecisionLinks(config);
        const client = new DecisionsClient({ auth, discovery });
        scaffolderActions.addActions(
          createGoNoGoRequestAction({ client, link }),
          createGoNoGoVoteAction({ client, link }),
          createGoNoGoWaiveAction({ client, link }),
          createRollbackAction({
            client: new RollbacksClient({ auth, discovery }),
            link: readRollbackLinks(config),
          }),
        );
      },
    });
  },
});
