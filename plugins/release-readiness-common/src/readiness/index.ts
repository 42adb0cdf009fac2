export type {
  ChangeRisk,
  ChangeWindowRule,
  CabApprovalRule,
  ErrorBudgetRule,
  EvidenceAgeRule,
  GateDefinition,
  IncidentFreeRule,
  IncidentSeverity,
  ManualGateSetBy,
  OnCallReachableRule,
  PreconditionBase,
  PreconditionRule,
  ReadinessEnforcement,
  ReadinessPolicy,
} from './policyTypes';
export type {
  CabDecision,
  ErrorBudgets,
  GateCheckResult,
  GateChecks,
  GateCheckState,
  LastSuccess,
  OnCallCoverageInput,
  OnCallPersonRef,
  OpenIncident,
  OpenIncidents,
  ReadinessInputs,
  Sourced,
} from './inputTypes';
export type {
  ManualGateEligibilityResponse,
  ManualGateHistoryResponse,
  ManualGateRecord,
  ManualGateRequest,
  ReadinessEvaluation,
  ReadinessEvidence,
  ReadinessItem,
  ReadinessItemKind,
  ReadinessItemStatus,
  ReadinessReason,
  ReadinessResponse,
  ReadinessVerdict,
} from './resultTypes';
export { evaluateReadiness } from './evaluateReadiness';
export { READINESS_WINDOW_HORIZON_DAYS } from './changeWindowOf';
export type { EvaluateReadinessOptions } from './evaluateReadiness';
export { evaluateGate } from './evaluateGate';
export type { GateContext } from './evaluateGate';
export { evaluateIncidentFree } from './evaluateIncidentFree';
export { evaluateOnCall } from './evaluateOnCall';
export type { OnCallPeriod } from './evaluateOnCall';
export { evaluateEvidenceAge } from './evaluateEvidenceAge';
export { evaluateChangeWindowRule } from './evaluateChangeWindowRule';
export { evaluateCabApproval } from './evaluateCabApproval';
export { evaluateErrorBudget } from './evaluateErrorBudget';
export { formatMoment, formatSpan } from './formatting';
export { resolveRunningRef } from './resolveRunningRef';
export type { RunningRef, RunningRefRule } from './resolveRunningRef';
export { maySetManualGate } from './maySetManualGate';
export { planReadiness } from './planReadiness';
export type {
  ReadinessNeeds,
  ReadinessPlan,
  ReadinessRequest,
} from './planReadiness';
