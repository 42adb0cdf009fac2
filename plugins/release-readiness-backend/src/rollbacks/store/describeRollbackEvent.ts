import { isoOf } from '../../readiness/isoOf';
import { readRollbackPayload } from './readRollbackPayload';
import type { RollbackEventRow } from './RollbackEventRow';

const FOLLOW_UP_NAMES = {
  communication: 'The communication',
  postMortemOwner: 'The post-mortem owner',
  postMortemLink: 'The post-mortem link',
};

/**
 * One sentence saying what an existing event recorded, for the `ConflictError` of a second
 * result, verification or follow-up, e.g. `The post-mortem link of rollback '…' was already set
 * to https://… by user:default/lena.kraus at …`.
 */
export function describeRollbackEvent(row: RollbackEventRow): string {
  const rollback = `rollback '${row.rollback_id}'`;
  switch (row.type) {
    case 'executed': {
      const e = readRollbackPayload(row, 'executed');
      return `The result of ${rollback} was already recorded at ${e.at} (outcome ${e.outcome})`;
    }
    case 'verified': {
      const v = readRollbackPayload(row, 'verified');
      return `The verification of ${rollback} was already recorded at ${v.at} (verification ${v.verification.status}, outcome ${v.outcome})`;
    }
    case 'follow-up': {
      const f = readRollbackPayload(row, 'follow-up');
      const what =
        f.value === true
          ? 'already reported done'
          : `already set to ${f.value}`;
      return `${FOLLOW_UP_NAMES[f.field]} of ${rollback} was ${what} by ${
        row.actor
      } at ${f.at}`;
    }
    default:
      return `${rollback} already has a ${row.type} event recorded at ${isoOf(
        row.created_at,
      )}`;
  }
}
