import type { BackendFeature } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
import type { Knex } from 'knex';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { releaseReadinessPlugin } from '../../plugin';
import { auditTrail } from './auditTrail';
import { capturingRootLogger } from './capturingRootLogger';
import { DECISION_PEOPLE } from './decisionPeople';
import { decisionsApi } from './decisionsApi';
import { decisionsConfig, DecisionsConfigOptions } from './decisionsConfig';
import { recordingMessaging } from './recordingMessaging';

/** What {@link startDecisionsBackend} starts. */
export interface DecisionsBackendOptions extends DecisionsConfigOptions {
  /** More features: a permissions service following a test policy, modules, real services. */
  features?: BackendFeature[];
  /** More root configuration, beside `releaseReadiness` (e.g. `backend.auth`). */
  config?: JsonObject;
  /** The notification and signals services throw (after recording the call). */
  failingMessaging?: boolean;
  /** The database every plugin uses (default: a fresh in-memory SQLite). */
  knex?: Knex;
}

/**
 * Starts the real plugin (in-memory SQLite of `startTestBackend`) with {@link decisionsConfig},
 * the Servanda people in the mocked catalog, and recording auditor, notifications, signals and
 * root logger; returns the server, what was recorded, and {@link decisionsApi} on it.
 */
export async function startDecisionsBackend(
  options: DecisionsBackendOptions = {},
) {
  const auditor = auditTrail();
  const messaging = recordingMessaging({ failing: options.failingMessaging });
  const logger = capturingRootLogger();
  const { server } = await startTestBackend({
    features: [
      releaseReadinessPlugin,
      mockServices.rootConfig.factory({
        data: { ...options.config, releaseReadiness: decisionsConfig(options) },
      }),
      catalogServiceMock.factory({ entities: DECISION_PEOPLE }),
      auditor.factory,
      logger.factory,
      ...messaging.factories,
      ...(options.knex
        ? [
            mockServices.database.factory({
              knex: options.knex,
              migrations: { skip: false },
            }),
          ]
        : []),
      ...(options.features ?? []),
    ],
  });
  return {
    server,
    events: auditor.events,
    notifications: messaging.notifications,
    signals: messaging.signals,
    logs: logger.lines,
    api: decisionsApi(server),
  };
}
