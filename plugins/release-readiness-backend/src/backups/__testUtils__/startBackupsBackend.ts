import type { ServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import entities from '../../people/__fixtures__/catalog-entities.json';
import { releaseReadinessPlugin } from '../../plugin';
import { NO_BACKGROUND_REFRESH } from '../../sla/__testUtils__/startSlaBackend';
import {
  backupTestModule,
  ObservedItem,
  TestObserve,
} from './backupTestModule';
import { recordingAuditor } from './recordingAuditor';

/**
 * Starts the real plugin (on the in-memory SQLite of `startTestBackend`) with the backup source
 * `test` answering with `observe`, the Servanda catalog fixture for the RACI and a recording
 * auditor; returns the server, the audit events and the items the source was asked about.
 */
export async function startBackupsBackend(options: {
  releaseReadiness: Record<string, unknown>;
  observe?: TestObserve;
  /** e.g. a permissions service that follows a test policy. */
  permissions?: ServiceFactory;
}) {
  const calls: ObservedItem[] = [];
  const auditor = recordingAuditor();
  const { server } = await startTestBackend({
    features: [
      releaseReadinessPlugin,
      backupTestModule(
        options.observe ??
          (async () => {
            throw new Error('no observation for this test');
          }),
        calls,
      ),
      mockServices.rootConfig.factory({
        data: {
          releaseReadiness: {
            ...options.releaseReadiness,
            collector: { refresh: NO_BACKGROUND_REFRESH },
          },
        },
      }),
      catalogServiceMock.factory({ entities }),
      auditor.factory,
      ...(options.permissions ? [options.permissions] : []),
    ],
  });
  return { server, events: auditor.events, calls };
}
