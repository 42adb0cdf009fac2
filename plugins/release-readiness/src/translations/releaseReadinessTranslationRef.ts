import { createTranslationRef } from '@backstage/frontend-plugin-api';
import { backupsMessages } from './messages/backups';
import { boardMessages } from './messages/board';
import { decisionsMessages } from './messages/decisions';
import { environmentMessages } from './messages/environment';
import { fieldsMessages } from './messages/fields';
import { peopleMessages } from './messages/people';
import { rollbacksMessages } from './messages/rollbacks';
import { slaMessages } from './messages/sla';

/**
 * Every string of the release-readiness UI, in English, with the German translation loaded on
 * demand. The language follows the portal's setting (`api:app/app-language`).
 *
 * @public
 */
export const releaseReadinessTranslationRef = createTranslationRef({
  id: 'release-readiness',
  messages: {
    board: boardMessages,
    environment: environmentMessages,
    people: peopleMessages,
    sla: slaMessages,
    backups: backupsMessages,
    decisions: decisionsMessages,
    rollbacks: rollbacksMessages,
    fields: fieldsMessages,
  },
  translations: {
    de: () => import('./de'),
  },
});
