import {
  DEFAULT_DECISION_POLICY,
  DecisionPolicy,
} from '@release-readiness/plugin-release-readiness-common';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { Duration } from 'luxon';
import { z } from 'zod';
import type { EnvironmentDefinition } from '../environments/readEnvironments';

const id = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*$/,
    'use lower-case letters, digits and dashes, starting with a letter',
  );
const letter = z.enum(['responsible', 'accountable', 'consulted', 'informed']);

const participants = z.union([
  z
    .object({
      activity: id.describe('A RACI activity id.'),
      as: z.array(letter).min(1).describe("The activity's letters."),
    })
    .strict(),
  z.object({ roles: z.array(id).min(1).describe('Role ids.') }).strict(),
]);

const approval = z.union([
  z
    .object({
      title: z.string().min(1).describe('The name the board shows.'),
      activity: id.describe('A RACI activity id.'),
      as: z.array(letter).min(1).describe("The activity's letters."),
    })
    .strict(),
  z
    .object({
      title: z.string().min(1).describe('The name the board shows.'),
      roles: z.array(id).min(1).describe('Role ids.'),
    })
    .strict(),
]);

/** An environment's `decisions` block: its go/no-go policy. */
export const decisionsSchema = z
  .object({
    approvals: z
      .record(id, approval)
      .refine(a => Object.keys(a).length > 0, 'name at least one approval')
      .optional()
      .describe(
        'The approvals a go needs, by id: { title, activity, as } or { title, roles } (default: the R and A of go-no-go).',
      ),
    voters: participants
      .optional()
      .describe('Who may vote (default: the R, A and C of go-no-go).'),
    waivers: participants
      .optional()
      .describe('Who may waive a blocking item (default: the A of go-no-go).'),
    requesters: participants
      .optional()
      .describe(
        'Who may request a decision (default: the R and A of go-no-go).',
      ),
    fourEyes: z
      .boolean()
      .default(true)
      .describe('Whether the requester may not approve their own request.'),
    expiresAfter: z
      .string()
      .refine(
        d =>
          Duration.fromISO(d).isValid &&
          Duration.fromISO(d).as('seconds') > 0 &&
          Duration.fromISO(d).as('days') <= 30,
        'expected an ISO 8601 duration longer than zero and at most 30 days, e.g. PT24H',
      )
      .default('PT24H')
      .describe(
        'How long a go is valid, an ISO 8601 duration of at most 30 days.',
      ),
    informActivity: id
      .default('go-no-go')
      .describe(
        'The activity whose Accountable and Informed hear of decisions.',
      ),
  })
  .strict()
  .meta({
    title: 'Go/no-go decisions',
    description:
      'Who approves, votes, waives and requests a go/no-go decision, and how long a go holds.',
  });

/**
 * Reads every environment's go/no-go policy (`environments.<env>.decisions`); an environment
 * without the block gets the defaults: approvals by the Responsible and the Accountable of
 * `go-no-go`, votes from its R, A and C, waivers by its A, requests by its R and A, four-eyes,
 * 24 h expiry. Throws an `InputError` naming the key of an invalid value.
 */
export function readDecisionPolicies(
  environments: EnvironmentDefinition[],
): Map<string, DecisionPolicy> {
  const result = new Map<string, DecisionPolicy>();
  for (const { summary, config, keyPrefix } of environments) {
    const parsed = config.has('decisions')
      ? readConfigWithSchema(config, 'decisions', decisionsSchema, keyPrefix)
      : decisionsSchema.parse({});
    const approvals = parsed.approvals
      ? Object.entries(parsed.approvals).map(([approvalId, a]) => ({
          id: approvalId,
          title: a.title,
          who:
            'roles' in a
              ? { roles: a.roles }
              : { activity: a.activity, as: a.as },
        }))
      : DEFAULT_DECISION_POLICY.approvals;
    result.set(summary.name, {
      approvals,
      voters: parsed.voters ?? DEFAULT_DECISION_POLICY.voters,
      waivers: parsed.waivers ?? DEFAULT_DECISION_POLICY.waivers,
      requesters: parsed.requesters ?? DEFAULT_DECISION_POLICY.requesters,
      fourEyes: parsed.fourEyes,
      expiresAfter: parsed.expiresAfter,
      informActivity: parsed.informActivity,
    });
  }
  return result;
}
