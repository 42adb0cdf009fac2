import type { DecisionRecord } from '@release-readiness/plugin-release-readiness-common';
import { decisionEventPayloads } from './decisionEventPayloads';
import type { DecisionEventRow } from './DecisionEventRow';
import { readDecisionPayload } from './readDecisionPayload';

/**
 * The record of one decision from its events in chain order: the request, then its votes and
 * waivers in the order they came, and the outcome. Undefined when there is no request among
 * them; an event of an unknown type is an error.
 */
export function foldDecisionEvents(
  rows: DecisionEventRow[],
): DecisionRecord | undefined {
  const request = rows.find(row => row.type === 'request');
  if (!request) {
    return undefined;
  }
  const record: DecisionRecord = {
    ...readDecisionPayload(request, decisionEventPayloads.request),
    votes: [],
    waivers: [],
  };
  for (const row of rows) {
    switch (row.type) {
      case 'request':
        break;
      case 'vote':
        record.votes.push(readDecisionPayload(row, decisionEventPayloads.vote));
        break;
      case 'waiver':
        record.waivers.push(
          readDecisionPayload(row, decisionEventPayloads.waiver),
        );
        break;
      case 'outcome': {
        // A go may later be invalidated (evidence turned to fail before the planned time): the
        // invalidation is the last word; otherwise the first outcome stands.
        const outcome = readDecisionPayload(row, decisionEventPayloads.outcome);
        if (!record.outcome || outcome.status === 'invalidated') {
          record.outcome = outcome;
        }
        break;
      }
      default:
        throw new Error(
          `Decision event ${row.seq} of decision '${row.decision_id}' has an unknown type`,
        );
    }
  }
  return record;
}
