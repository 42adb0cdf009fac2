import type { ReadinessEvaluation } from '@release-readiness/plugin-release-readiness-common';
import { z } from 'zod';

function isEvaluation(value: unknown): value is ReadinessEvaluation {
  return (
    typeof value === 'object' &&
    value !== null &&
    'verdict' in value &&
    typeof value.verdict === 'string' &&
    'items' in value &&
    Array.isArray(value.items)
  );
}

/**
 * The payloads of decision events as stored (canonical JSON), read back with zod: a `request`
 * is the record without votes, waivers and outcome (evidence included), a `vote` a
 * `DecisionVote`, a `waiver` a `DecisionWaiver`, an `outcome` the record's outcome. Fields the
 * schemas do not name are kept: a record reads back as it was written.
 */
export const decisionEventPayloads = {
  request: z.looseObject({
    id: z.string(),
    system: z.string(),
    environment: z.string(),
    version: z.string(),
    digest: z.string().optional(),
    ref: z.string().optional(),
    changeType: z.string(),
    risk: z.enum(['low', 'normal', 'high']),
    plannedAt: z.string(),
    reason: z.string(),
    requester: z.string(),
    requestedAt: z.string(),
    expiresAt: z.string(),
    evidence: z.custom<ReadinessEvaluation>(isEvaluation),
  }),
  vote: z.looseObject({
    voter: z.string(),
    roles: z.array(z.string()),
    vote: z.enum(['go', 'no-go']),
    reason: z.string(),
    at: z.string(),
  }),
  waiver: z.looseObject({
    item: z.string(),
    reason: z.string(),
    by: z.string(),
    until: z.string(),
    at: z.string(),
  }),
  outcome: z.looseObject({
    status: z.enum(['go', 'no-go', 'expired', 'invalidated']),
    reason: z.string(),
    at: z.string(),
  }),
};
