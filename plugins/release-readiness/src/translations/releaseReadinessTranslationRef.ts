import {
  createTranslationRef,
  type TranslationFunction,
} from '@backstage/frontend-plugin-api';
import { backupsMessages } from './messages/backups';
import { boardMessages } from './messages/board';
import { decisionsMessages } from './messages/decisions';
import { environmentMessages } from './messages/environment';
import { fieldsMessages } from './messages/fields';
import { peopleMessages } from './messages/people';
import { rollbacksMessages } from './messages/rollbacks';
import { slaMessages } from './messages/sla';

/** The English messages, nested by group (the ref flattens them to `<group>.<key>`). */
export const releaseReadinessMessages = {
  board: boardMessages,
  environment: environmentMessages,
  people: peopleMessages,
  sla: slaMessages,
  backups: backupsMessages,
  decisions: decisionsMessages,
  rollbacks: rollbacksMessages,
  fields: fieldsMessages,
} as const;

/**
 * Every string of the release-readiness UI, in English, with the German translation loaded on
 * demand. The language follows the portal's setting (`api:app/app-language`, e.g.
 * `availableLanguages: [en, de]`; users pick it on the settings page).
 *
 * Adopters can override single messages (or add a language) with Backstage's translation API:
 *
 * ```ts
 * createTranslationMessages({
 *   ref: releaseReadinessTranslationRef,
 *   messages: { 'board.pageTitle': 'Go-live board' },
 * });
 * ```
 *
 * given to a `TranslationBlueprint` (from `@backstage/plugin-app-react`) in a frontend module
 * with `pluginId: 'app'` (new frontend system), or to `createApp`'s
 * `__experimentalTranslations` resources (legacy frontend system). Keys are flattened
 * `<group>.<key>`: board, environment, people, sla, backups, decisions, rollbacks, fields.
 *
 * @public
 */
export const releaseReadinessTranslationRef = createTranslationRef({
  id: 'release-readiness',
  messages: releaseReadinessMessages,
  translations: {
    de: () => import('./de'),
  },
});

/**
 * The translation function of {@link releaseReadinessTranslationRef}, as
 * `useTranslationRef(releaseReadinessTranslationRef).t` returns it; pure helpers take one.
 *
 * @public
 */
export type ReleaseReadinessTranslate = TranslationFunction<
  typeof releaseReadinessTranslationRef.T
>;
