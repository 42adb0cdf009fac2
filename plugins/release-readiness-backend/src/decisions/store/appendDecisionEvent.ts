import { ConflictError, NotFoundError } from '@backstage/errors';
import type { DecisionRecord } from '@release-readiness/plugin-release-readiness-common';
import { Knex } from 'knex';
import { canonicalJson } from './canonicalJson';
import {
  DECISION_EVENTS_TABLE as TABLE,
  DecisionEventRow,
  DecisionEventType,
} from './DecisionEventRow';
import { decisionHash, GENESIS_HASH } from './decisionHash';
import type { DecisionAppendResult } from './DecisionStore';
import { describeDecisionEvent } from './describeDecisionEvent';
import { readDecision } from './readDecision';

/** One event to append, and how to recognise a retry of it. */
export interface DecisionEventAppend {
  system: string;
  environment: string;
  decisionId: string;
  type: DecisionEventType;
  actor: string;
  /** Null for outcomes (the plugin writes them, not a client). */
  requestId: string | null;
  uniqueKey: string | null;
  /** The payload, given the server time of the event. */
  payload: (at: string) => object;
  /** Whether the event found under the same actor and requestId says the same. */
  sameAs: (row: DecisionEventRow) => boolean;
  /** Whether the event holding the same unique key counts as this one (outcomes). */
  replays?: (row: DecisionEventRow) => boolean;
  /** Runs in the chain's lock right before the write; throws to refuse it. */
  guard?: (trx: Knex.Transaction) => Promise<void>;
}

async function recordOf(
  trx: Knex.Transaction,
  system: string,
  id: string,
): Promise<DecisionRecord> {
  const record = await readDecision(trx, system, id);
  if (!record) {
    throw new Error(`Decision '${id}' has no request event`);
  }
  return record;
}

/**
 * Appends one event inside `trx`: takes the chain's lock (PostgreSQL), answers a retry of the
 * same actor and requestId with the decision as it is (`created: false`) or a `ConflictError`
 * when that requestId said something else, refuses an event of a decision that is not in the
 * chain (`NotFoundError`) and a second holder of a unique key (`ConflictError` naming the first),
 * then writes the event at the chain's next position, linked to the hash of the one before.
 */
export async function appendDecisionEvent(
  trx: Knex.Transaction,
  event: DecisionEventAppend,
  options: { now: () => Date; postgres: boolean },
): Promise<DecisionAppendResult> {
  const { system, environment, decisionId } = event;
  if (options.postgres) {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [
      `${system}/${environment}`,
    ]);
  }
  if (event.requestId !== null) {
    const retried = await trx<DecisionEventRow>(TABLE)
      .where({ actor: event.actor, request_id: event.requestId })
      .first();
    if (retried) {
      if (!event.sameAs(retried)) {
        throw new ConflictError(
          `requestId '${event.requestId}' was already used for something else (a ${retried.type} of decision '${retried.decision_id}')`,
        );
      }
      return {
        record: await recordOf(trx, retried.system, retried.decision_id),
        created: false,
      };
    }
  }
  if (event.type !== 'request') {
    const request = await trx<DecisionEventRow>(TABLE)
      .where({ system, environment, decision_id: decisionId, type: 'request' })
      .first();
    if (!request) {
      throw new NotFoundError(
        `No decision '${decisionId}' in ${system}/${environment}`,
      );
    }
  }
  if (event.uniqueKey !== null) {
    const holder = await trx<DecisionEventRow>(TABLE)
      .where({ unique_key: event.uniqueKey })
      .first();
    if (holder) {
      if (event.replays?.(holder)) {
        return {
          record: await recordOf(trx, system, decisionId),
          created: false,
        };
      }
      throw new ConflictError(describeDecisionEvent(holder));
    }
  }
  await event.guard?.(trx);
  const last = await trx<DecisionEventRow>(TABLE)
    .where({ system, environment })
    .orderBy('position', 'desc')
    .first();
  const createdAt = options.now();
  const at = createdAt.toISOString();
  const hashed = {
    system,
    environment,
    position: last ? Number(last.position) + 1 : 0,
    decision_id: decisionId,
    type: event.type,
    payload: canonicalJson(event.payload(at)),
    actor: event.actor,
    request_id: event.requestId,
    unique_key: event.uniqueKey,
    created_at: at,
    prev_hash: last ? last.hash : GENESIS_HASH,
  };
  await trx(TABLE).insert({
    ...hashed,
    created_at: createdAt,
    hash: decisionHash(hashed),
  });
  return { record: await recordOf(trx, system, decisionId), created: true };
}
