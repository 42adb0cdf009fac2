import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  IncidentSourceFactory,
  readConfigWithSchema,
  refuseTeamOwnedKeys,
} from '@release-readiness/plugin-release-readiness-node';
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

/** The keys a team's policy file may set in `incidents.pagerduty`. */
const TEAM_KEYS = ['serviceIds'] as const;

/**
 * The `pagerduty` incident source: picked by `incidents.source: pagerduty` in an environment's
 * block, reading the services in `incidents.pagerduty.serviceIds` through the module's shared
 * {@link PagerDutyClient}.
 *
 * @remarks
 * A team-owned block (`owner: 'team'`, from a team's policy file) may name only `serviceIds`:
 * a `token`, `baseUrl` or any other key is refused with a message naming the key (the token and
 * API address stay in `releaseReadiness.pagerduty`). Configuration errors name keys as
 * `<keyPrefix>.incidents.pagerduty.<key>` and never quote a value. The source key is the
 * service set (`pagerduty:<ids>`), not the environment: environments of every system that
 * watch the same services share one cached result.
 */
export function createPagerDutyIncidentSourceFactory(options: {
  config: Config;
  client?: PagerDutyClient;
}): IncidentSourceFactory {
  return {
    type: 'pagerduty',
    create({ environment, config, keyPrefix, owner }) {
      if (owner === 'team') {
        refuseTeamOwnedKeys({
          config,
          key: 'incidents.pagerduty',
          keyPrefix,
          allowed: TEAM_KEYS,
          reason: `not allowed in a team's policy file, which may name only ${TEAM_KEYS.join(
            ', ',
          )} (the PagerDuty token and API address stay in releaseReadiness.pagerduty)`,
        });
      }
      if (!options.client) {
        throw new InputError(
          `Invalid configuration at 'releaseReadiness.pagerduty.token': environment ${environment} reads incidents from PagerDuty, which needs an API token (at '${keyPrefix}.incidents.source')`,
        );
      }
      const parsed = readConfigWithSchema(
        config,
        'incidents.pagerduty',
        schema,
        keyPrefix,
      );
      return new PagerDutyIncidentSource({
        client: options.client,
        serviceIds: parsed.serviceIds,
        mapping: readSeverityMapping(options.config),
      });
    },
  };
}
