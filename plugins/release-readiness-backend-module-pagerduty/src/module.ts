import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  releaseReadinessIncidentSourcesExtensionPoint,
  releaseReadinessOnCallSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import { PagerDutyClient, readPagerDutyClientOptions } from './client';
import { createPagerDutyIncidentSourceFactory } from './incidents';
import { createPagerDutyOnCallSourceFactory } from './oncall';

/**
 * Adds the pagerduty data sources to the release-readiness backend.
 *
 * @public
 */
export const releaseReadinessModulePagerDuty = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'pagerduty',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        onCall: releaseReadinessOnCallSourcesExtensionPoint,
        incidents: releaseReadinessIncidentSourcesExtensionPoint,
      },
      async init({ config, onCall, incidents }) {
        // One client per token: PagerDuty asks for serial requests per token, and the client
        // holds the rate-limit state. Every PagerDuty source of this module shares it.
        const options = readPagerDutyClientOptions(config);
        const client = options && new PagerDutyClient(options);
        onCall.addOnCallSource(createPagerDutyOnCallSourceFactory({ client }));
        incidents.addIncidentSource(
          createPagerDutyIncidentSourceFactory({ config, client }),
        );
      },
    });
  },
});
