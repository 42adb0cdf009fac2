import type { BackendFeature } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { JsonObject } from '@backstage/types';
import type { Knex } from 'knex';
import { auditTrail } from '../decisions/__testUtils__/auditTrail';
import { capturingRootLogger } from '../decisions/__testUtils__/capturingRootLogger';
import { recordingMessaging } from '../decisions/__testUtils__/recordingMessaging';
import { releaseReadinessPlugin } from '../plugin';

/** What every test backend of the write routes may add. */
export interface RecordingBackendOptions {
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
 * Starts the real plugin (in-memory SQLite of `startTestBackend` unless `knex`) with the
 * `releaseReadiness` configuration, `entities` in the mocked catalog, and recording auditor,
 * notifications, signals and root logger; returns the server and what was recorded.
 */
export async function startRecordingBackend(
  options: RecordingBackendOptions & {
    releaseReadiness: JsonObject;
    entities: Entity[];
  },
) {
  const auditor = auditTrail();
  const messaging = recordingMessaging({ failing: options.failingMessaging });
  const logger = capturingRootLogger();
  const { server } = await startTestBackend({
    features: [
      releaseReadinessPlugin,
      mockServices.rootConfig.factory({
        data: { ...options.config, releaseReadiness: options.releaseReadiness },
      }),
      catalogServiceMock.factory({ entities: options.entities }),
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
  };
}
