import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { readRollbackPayload } from './readRollbackPayload';
import type { RollbackEventRow } from './RollbackEventRow';
import { writtenOutcome } from './writtenOutcome';

/** The post-mortem is due this long after the write (the handbooks' 48 h). */
export const POST_MORTEM_DUE_MS = 48 * 60 * 60 * 1000;

function inconsistent(row: RollbackEventRow, what: string): Error {
  return new Error(
    `Rollback event ${row.seq} (${row.type} of rollback '${row.rollback_id}') ${what}`,
  );
}

/**
 * The record of one rollback from its events in insertion order: the request, the write's result
 * (outcome, message, run, diff; a write opens the follow-ups with the post-mortem due 48 h after
 * it), the verification (verification, final outcome, `completedAt`) and the follow-ups
 * (communication done by whom and when, post-mortem owner and link). `completedAt` is the time of
 * the event that made the outcome final. Undefined when there is no request among them; an event
 * of an unknown type, or one the store would not have written (a second result, follow-ups
 * without a write), is an error naming it.
 */
export function foldRollbackEvents(
  rows: RollbackEventRow[],
): RollbackRecord | undefined {
  const request = rows.find(row => row.type === 'requested');
  if (!request) {
    return undefined;
  }
  const {
    at,
    toRevision: _asked,
    ...requested
  } = readRollbackPayload(request, 'requested');
  const record: RollbackRecord = { ...requested, createdAt: at };
  if (record.outcome !== 'in-progress') {
    record.completedAt = at;
  }
  let executed = false;
  let verified = false;
  for (const row of rows) {
    switch (row.type) {
      case 'requested':
        if (row !== request) {
          throw inconsistent(row, 'is a second request');
        }
        break;
      case 'executed': {
        if (executed) {
          throw inconsistent(row, 'is a second result');
        }
        executed = true;
        const e = readRollbackPayload(row, 'executed');
        record.outcome = e.outcome;
        record.message = e.message;
        if (e.run) {
          record.run = e.run;
        }
        if (e.diff) {
          record.diff = e.diff;
        }
        if (e.outcome !== 'in-progress') {
          record.completedAt = e.at;
        }
        if (writtenOutcome(e.outcome)) {
          record.followUps = {
            communication: { done: false },
            postMortem: {
              dueAt: new Date(
                Date.parse(e.at) + POST_MORTEM_DUE_MS,
              ).toISOString(),
            },
          };
        }
        break;
      }
      case 'verified': {
        if (!executed || verified) {
          throw inconsistent(row, 'is not the one verification after a write');
        }
        verified = true;
        const v = readRollbackPayload(row, 'verified');
        record.verification = v.verification;
        record.outcome = v.outcome;
        record.message = v.message;
        record.completedAt = v.at;
        break;
      }
      case 'follow-up': {
        const f = readRollbackPayload(row, 'follow-up');
        const followUps = record.followUps;
        if (!followUps) {
          throw inconsistent(
            row,
            'is a follow-up of a rollback that wrote nothing',
          );
        }
        if (f.field === 'communication') {
          followUps.communication = { done: true, by: row.actor, at: f.at };
        } else if (typeof f.value !== 'string') {
          throw inconsistent(row, 'is unreadable');
        } else if (f.field === 'postMortemOwner') {
          followUps.postMortem.owner = f.value;
        } else {
          followUps.postMortem.link = f.value;
        }
        break;
      }
      default:
        throw inconsistent(row, 'has an unknown type');
    }
  }
  return record;
}
