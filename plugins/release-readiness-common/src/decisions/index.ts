export type {
  DecisionApproval,
  DecisionApprovalState,
  DecisionBlockingItem,
  DecisionCheckResponse,
  DecisionParticipants,
  DecisionPolicy,
  DecisionRecord,
  DecisionRequestInput,
  DecisionResponse,
  DecisionState,
  DecisionStatus,
  DecisionVote,
  DecisionWaiver,
  EvidenceChange,
} from './types';
export type {
  DecisionEligibility,
  DecisionRefusal,
  DecisionVoteEligibility,
} from './eligibilityTypes';
export { DEFAULT_DECISION_POLICY } from './defaultDecisionPolicy';
export { decisionParticipants } from './decisionParticipants';
export type { DecisionAudience } from './decisionParticipants';
export { approvalsOf } from './approvalsOf';
export { mayRequestDecision } from './mayRequestDecision';
export { mayVote } from './mayVote';
export { mayWaive } from './mayWaive';
export type { DecisionWaiveRequest } from './mayWaive';
export { evaluateDecision } from './evaluateDecision';
export type { EvaluateDecisionOptions } from './evaluateDecision';
export { compareEvidence } from './compareEvidence';
export { checkDecision } from './checkDecision';
export type { DecisionCheckRequest } from './checkDecision';
export { decisionToMarkdown } from './decisionToMarkdown';
export type { DecisionMarkdownOptions } from './decisionToMarkdown';
