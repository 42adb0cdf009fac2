import { isoOf } from '../../readiness/isoOf';
import { decisionEventPayloads } from './decisionEventPayloads';
import type { DecisionEventRow } from './DecisionEventRow';
import { readDecisionPayload } from './readDecisionPayload';

/**
 * One sentence saying what an existing event recorded, for the `ConflictError` of a second
 * vote, waiver or outcome, e.g. `user:default/lena.kraus already voted go on decision '…' at …`.
 */
export function describeDecisionEvent(row: DecisionEventRow): string {
  const decision = `decision '${row.decision_id}'`;
  switch (row.type) {
    case 'vote': {
      const vote = readDecisionPayload(row, decisionEventPayloads.vote);
      return `${vote.voter} already voted ${vote.vote} on ${decision} at ${vote.at}`;
    }
    case 'waiver': {
      const waiver = readDecisionPayload(row, decisionEventPayloads.waiver);
      return `${waiver.item} was already waived on ${decision} by ${waiver.by} at ${waiver.at} (until ${waiver.until})`;
    }
    case 'outcome': {
      const outcome = readDecisionPayload(row, decisionEventPayloads.outcome);
      return `${decision} already has the outcome ${outcome.status} (recorded at ${outcome.at})`;
    }
    default:
      return `${decision} already has a ${row.type} recorded at ${isoOf(
        row.created_at,
      )}`;
  }
}
