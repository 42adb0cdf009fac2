import { InputError } from '@backstage/errors';
import {
  OnCallSourceFactory,
  readConfigWithSchema,
  weeklyHandoverSchema,
  refuseTeamOwnedKeys,
} from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import type { PagerDutyClient } from '../client';
import { PagerDutyOnCallSource } from './PagerDutyOnCallSource';

const ID = z
  .string()
  .regex(/^[A-Z0-9]+$/, 'expected a PagerDuty id such as PT20YPA');

const schema = z
  .object({
    escalationPolicyId: ID.optional(),
    schedules: z
      .object({
        primary: z.array(ID).min(1),
        backup: z.array(ID).min(1),
      })
      .strict()
      .optional(),
    handover: weeklyHandoverSchema.optional(),
  })
  .strict()
  .refine(
    c => (c.escalationPolicyId === undefined) !== (c.schedules === undefined),
    'set either escalationPolicyId or schedules',
  );

/** Weeks start Monday 00:00 UTC unless the environment says otherwise. */
const DEFAULT_HANDOVER = { weekday: 1, time: '00:00', timeZone: 'UTC' };

/** The keys a team's policy file may set in `onCall.pagerduty`. */
const TEAM_KEYS = ['escalationPolicyId', 'schedules', 'handover'] as const;

/**
 * The factory of the `pagerduty` on-call source. An environment uses it with
 * `onCall: { source: pagerduty, pagerduty: { escalationPolicyId: PT20YPA } }` (or `schedules`).
 *
 * @remarks
 * A team-owned block (`owner: 'team'`, from a team's policy file) may name an escalation policy
 * id or schedule ids and the handover: a `token`, `baseUrl` or any other key is refused with a
 * message naming the key (the token and API address stay in `releaseReadiness.pagerduty`).
 * Configuration errors name keys as `<keyPrefix>.onCall.pagerduty.<key>` and never quote a
 * value. The source key is the escalation policy or schedule set, not the environment:
 * environments of every system that follow the same rota share one cached result.
 *
 * @param options - `client` is the module's shared client, absent when
 *   `releaseReadiness.pagerduty` is not configured (then an environment using the source stops
 *   the backend with a message naming the missing key)
 * @public
 */
export function createPagerDutyOnCallSourceFactory(options: {
  client?: PagerDutyClient;
}): OnCallSourceFactory {
  return {
    type: 'pagerduty',
    create({ environment, config, keyPrefix, owner }) {
      if (!config.has('onCall.pagerduty')) {
        throw new InputError(
          `Invalid configuration at '${keyPrefix}.onCall.pagerduty': the PagerDuty on-call source needs escalationPolicyId or schedules`,
        );
      }
      if (owner === 'team') {
        refuseTeamOwnedKeys({
          config,
          key: 'onCall.pagerduty',
          keyPrefix,
          allowed: TEAM_KEYS,
          reason: `not allowed in a team's policy file, which may name only ${TEAM_KEYS.join(
            ', ',
          )} (the PagerDuty token and API address stay in releaseReadiness.pagerduty)`,
        });
      }
      const parsed = readConfigWithSchema(
        config,
        'onCall.pagerduty',
        schema,
        keyPrefix,
      );
      if (!options.client) {
        throw new InputError(
          `Invalid configuration at 'releaseReadiness.pagerduty.token': missing, but environment '${environment}' reads its on-call rota from PagerDuty (at '${keyPrefix}.onCall.source')`,
        );
      }
      return new PagerDutyOnCallSource({
        client: options.client,
        target: parsed.escalationPolicyId
          ? { escalationPolicyId: parsed.escalationPolicyId }
          : { schedules: parsed.schedules! },
        handover: parsed.handover ?? DEFAULT_HANDOVER,
      });
    },
  };
}
