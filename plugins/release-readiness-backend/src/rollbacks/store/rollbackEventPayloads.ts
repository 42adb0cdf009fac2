import { z } from 'zod';
import { ROLLBACK_OUTCOMES } from './rollbackOutcomes';

const outcome = z.enum(ROLLBACK_OUTCOMES);

const diff = z.looseObject({
  from: z.looseObject({
    revision: z.number(),
    version: z.string().optional(),
  }),
  to: z.looseObject({ revision: z.number(), version: z.string().optional() }),
  changes: z.array(
    z.looseObject({
      container: z.string(),
      from: z.string().optional(),
      to: z.string().optional(),
    }),
  ),
});

const run = z.looseObject({
  id: z.string(),
  url: z.string().optional(),
  conclusion: z.string().optional(),
});

const verification = z.looseObject({
  status: z.enum(['pending', 'passed', 'failed', 'timed-out', 'not-run']),
  checks: z.array(
    z.looseObject({
      name: z.string(),
      status: z.enum(['pass', 'fail', 'unknown']),
      detail: z.string(),
    }),
  ),
  at: z.string().optional(),
});

/**
 * The payloads of rollback events as stored (JSON), read back with zod: `requested` is the
 * record without follow-ups and completion (plus the `toRevision` asked for), `executed` the
 * write's result, `verified` the verification's end, `follow-up` one field of the playbook.
 * Every payload carries `at`, the store's time of the event. Fields the schemas do not name are
 * kept: a record reads back as it was written.
 */
export const rollbackEventPayloads = {
  requested: z.looseObject({
    id: z.string(),
    system: z.string(),
    environment: z.string(),
    workload: z.looseObject({ kind: z.string(), name: z.string() }),
    strategy: z.string(),
    actor: z.string(),
    reason: z.string(),
    overrideReason: z.string().optional(),
    dryRun: z.boolean(),
    diff: diff.optional(),
    outcome,
    message: z.string(),
    run: run.optional(),
    verification,
    toRevision: z.number().optional(),
    at: z.string(),
  }),
  executed: z.looseObject({
    outcome,
    message: z.string(),
    run: run.optional(),
    diff: diff.optional(),
    at: z.string(),
  }),
  verified: z.looseObject({
    verification,
    outcome: z.enum(['succeeded', 'failed']),
    message: z.string(),
    at: z.string(),
  }),
  'follow-up': z.looseObject({
    field: z.enum(['communication', 'postMortemOwner', 'postMortemLink']),
    value: z.union([z.string(), z.literal(true)]),
    at: z.string(),
  }),
};

/** The type of a rollback event with a payload schema. */
export type RollbackPayloadType = keyof typeof rollbackEventPayloads;
