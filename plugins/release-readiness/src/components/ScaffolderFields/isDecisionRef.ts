import { hasStrings } from './hasStrings';

/** The value of a `ReleaseReadinessDecisionPicker`. */
export interface DecisionRef {
  system: string;
  decisionId: string;
}

/** True for a `{ system, decisionId }` with both set. */
export function isDecisionRef(value: unknown): value is DecisionRef {
  return hasStrings(value, ['system', 'decisionId']);
}
