import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  IncidentSourceFactory,
  readConfigWithSchema,
} from '@internal/backstage-plugin-release-readiness-node';
import { z } from 'zod';
import type { PagerDutyClient } from '../client';
import { PagerDutyIncidentSource } from './PagerDutyIncidentSource';
import { readSeverityMapping } from './readSeverityMapping';

const schema = z.object({
  serviceIds: z
    .array(
      z
        .string()
        .regex(
          /^[A-Z0-9]+$/,
          'expected a PagerDuty service id such as PIJ90N7',
        ),
    )
    .min(1),
});

/**
 * The `pagerduty` incident source: picked by
 * `releaseReadiness.environments.<env>.incidents.source: pagerduty`, reading the services in
 * `incidents.pagerduty.serviceIds` through the module's shared {@link PagerDutyClient}.
 */
export function createPagerDutyIncidentSourceFactory(options: {
  config: Config;
  client?: PagerDutyClient;
}): IncidentSourceFactory {
  return {
    type: 'pagerduty',
    create({ environment, config }) {
      if (!options.client) {
        throw new InputError(
          `Invalid configuration at 'releaseReadiness.pagerduty.token': environment ${environment} reads incidents from PagerDuty, which needs an API token`,
        );
      }
      const parsed = readConfigWithSchema(
        config,
        'incidents.pagerduty',
        schema,
        `releaseReadiness.environments.${environment}`,
      );
      return new PagerDutyIncidentSource({
        client: options.client,
        serviceIds: parsed.serviceIds,
        mapping: readSeverityMapping(options.config),
      });
    },
  };
}
