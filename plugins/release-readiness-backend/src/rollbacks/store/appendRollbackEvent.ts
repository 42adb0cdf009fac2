import { ConflictError, NotFoundError } from '@backstage/errors';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { describeRollbackEvent } from './describeRollbackEvent';
import { readRollback } from './readRollback';
import {
  ROLLBACK_EVENTS_TABLE as TABLE,
  RollbackEventRow,
  RollbackEventType,
} from './RollbackEventRow';
import type {
  RollbackAppendResult,
  RollbackWorkloadKey,
} from './RollbackStore';

/** One event to append, and how to recognise a retry of it. */
export interface RollbackEventAppend {
  rollbackId: string;
  type: RollbackEventType;
  actor: string;
  /** Null for the plugin's events (result, verification). */
  requestId: string | null;
  uniqueKey: string;
  /** The workload of a request; the other events take their request's. */
  workload?: RollbackWorkloadKey;
  /** The payload, given the server time of the event. */
  payload: (at: string) => object;
  /** Whether the event found under the same actor and requestId says the same. */
  sameAs?: (row: RollbackEventRow) => boolean;
  /** Whether the event holding the same unique key counts as this one. */
  replays?: (row: RollbackEventRow) => boolean;
  /** Runs right before the write with the rollback as it is; throws to refuse the event. */
  guard?: (record: RollbackRecord) => void;
}

async function recordOf(
  trx: Knex.Transaction,
  id: string,
): Promise<RollbackRecord> {
  const record = await readRollback(trx, id);
  if (!record) {
    throw new Error(`Rollback '${id}' has no request event`);
  }
  return record;
}

/**
 * Appends one event inside `trx`: answers a retry of the same actor and requestId with the
 * rollback as it is (`created: false`) or a `ConflictError` when that requestId said something
 * else; refuses a request whose rollback id is taken and an event of an unknown rollback
 * (`NotFoundError`); answers a replay of a once-only event as a retry and refuses anything else
 * under its unique key (`ConflictError` naming the first); runs the guard; then writes the event
 * at the store's time.
 */
export async function appendRollbackEvent(
  trx: Knex.Transaction,
  event: RollbackEventAppend,
  now: () => Date,
): Promise<RollbackAppendResult> {
  const { rollbackId } = event;
  if (event.requestId !== null) {
    const retried = await trx<RollbackEventRow>(TABLE)
      .where({ actor: event.actor, request_id: event.requestId })
      .first();
    if (retried) {
      if (!event.sameAs?.(retried)) {
        throw new ConflictError(
          `requestId '${event.requestId}' was already used for something else (the ${retried.type} event of rollback '${retried.rollback_id}')`,
        );
      }
      return {
        record: await recordOf(trx, retried.rollback_id),
        created: false,
      };
    }
  }
  let workload = event.workload;
  if (event.type === 'requested') {
    const taken = await trx<RollbackEventRow>(TABLE)
      .where({ rollback_id: rollbackId })
      .first();
    if (taken) {
      throw new ConflictError(`rollback id '${rollbackId}' is already taken`);
    }
  } else {
    const request = await trx<RollbackEventRow>(TABLE)
      .where({ rollback_id: rollbackId, type: 'requested' })
      .first();
    if (!request) {
      throw new NotFoundError(`No rollback '${rollbackId}'`);
    }
    workload = {
      system: request.system,
      environment: request.environment,
      kind: request.kind,
      name: request.name,
    };
    const holder = await trx<RollbackEventRow>(TABLE)
      .where({ unique_key: event.uniqueKey })
      .first();
    if (holder) {
      if (event.replays?.(holder)) {
        return { record: await recordOf(trx, rollbackId), created: false };
      }
      throw new ConflictError(describeRollbackEvent(holder));
    }
    event.guard?.(await recordOf(trx, rollbackId));
  }
  if (!workload) {
    throw new Error(`A ${event.type} event needs its workload`);
  }
  const createdAt = now();
  await trx(TABLE).insert({
    id: randomUUID(),
    rollback_id: rollbackId,
    system: workload.system,
    environment: workload.environment,
    kind: workload.kind,
    name: workload.name,
    type: event.type,
    payload: JSON.stringify(event.payload(createdAt.toISOString())),
    actor: event.actor,
    request_id: event.requestId,
    unique_key: event.uniqueKey,
    created_at: createdAt,
  });
  return { record: await recordOf(trx, rollbackId), created: true };
}
