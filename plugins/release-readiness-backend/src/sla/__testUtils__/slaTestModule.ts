import { createBackendModule } from '@backstage/backend-plugin-api';
import type { SlaMeasurements } from '@release-readiness/plugin-release-readiness-common';
import {
  releaseReadinessSlaSourcesExtensionPoint,
  SlaMeasureRequest,
  SourceCallOptions,
} from '@release-readiness/plugin-release-readiness-node';

/** What the test's SLA source answers for one environment's request. */
export type TestMeasure = (
  request: SlaMeasureRequest,
  options: SourceCallOptions & { environment: string },
) => Promise<SlaMeasurements>;

/**
 * A backend module that adds the SLA source type `test`: every environment with
 * `sla.source: test` is measured by `measure`, and every request it gets is kept in `requests`
 * (with its environment) for the test to check.
 */
export function slaTestModule(
  measure: TestMeasure,
  requests: { environment: string; request: SlaMeasureRequest }[] = [],
) {
  return createBackendModule({
    pluginId: 'release-readiness',
    moduleId: 'test-sla',
    register(reg) {
      reg.registerInit({
        deps: { sla: releaseReadinessSlaSourcesExtensionPoint },
        async init({ sla }) {
          sla.addSlaSource({
            type: 'test',
            create: ({ system, environment }) => ({
              key: `test-sla:${system}/${environment}`,
              name: `test-sla:${environment}`,
              measure: async (request, options) => {
                requests.push({ environment, request });
                return measure(request, { ...options, environment });
              },
            }),
          });
        },
      });
    },
  });
}
