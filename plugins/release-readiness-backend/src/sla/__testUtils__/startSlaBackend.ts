import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { SlaMeasureRequest } from '@release-readiness/plugin-release-readiness-node';
import { releaseReadinessPlugin } from '../../plugin';
import { slaTestModule, TestMeasure } from './slaTestModule';

/**
 * No background refresh while a test runs: each test decides when the source is called (by
 * reading), so the calls and their order are the test's.
 */
export const NO_BACKGROUND_REFRESH = {
  frequency: { minutes: 30 },
  timeout: { minutes: 1 },
  initialDelay: { minutes: 30 },
};

/**
 * Starts the real plugin with the SLA source `test` (answering with `measure`) and the given
 * `releaseReadiness` configuration; returns the server and the requests the source got.
 */
export async function startSlaBackend(options: {
  releaseReadiness: Record<string, unknown>;
  measure: TestMeasure;
  collector?: Record<string, unknown>;
}) {
  const requests: { environment: string; request: SlaMeasureRequest }[] = [];
  const { server } = await startTestBackend({
    features: [
      releaseReadinessPlugin,
      slaTestModule(options.measure, requests),
      mockServices.rootConfig.factory({
        data: {
          releaseReadiness: {
            ...options.releaseReadiness,
            collector: {
              ...options.collector,
              refresh: NO_BACKGROUND_REFRESH,
            },
          },
        },
      }),
      catalogServiceMock.factory({ entities: [] }),
    ],
  });
  return { server, requests };
}
