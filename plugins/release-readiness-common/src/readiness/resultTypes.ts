import type { AllowedPeriod } from '../calendar';
import type { SourceInfo } from '../sources';
import type { ChangeRisk, ReadinessEnforcement } from './policyTypes';

/**
 * Status of one readiness item. `unknown` means the data to judge it is missing: it is never
 * shown, nor counted, as `pass`.
 *
 * @public
 */
export type ReadinessItemStatus = 'pass' | 'warn' | 'fail' | 'unknown';

/**
 * The overall answer: `ready` when every enforced item passes, `blocked` when one fails,
 * `unknown` when none fails but one cannot be judged.
 *
 * @public
 */
export type ReadinessVerdict = 'ready' | 'blocked' | 'unknown';

/**
 * What an item checks.
 *
 * @public
 */
export type ReadinessItemKind =
  | 'gate'
  | 'incident-free'
  | 'oncall-reachable'
  | 'backup-age'
  | 'restore-test-age'
  | 'change-window'
  | 'cab-approval'
  | 'error-budget';

/**
 * One fact behind an item's status, e.g. one check of a gate or one open incident.
 *
 * @public
 */
export interface ReadinessEvidence {
  label: string;
  value?: string;
  /** More about the value, e.g. a check's conclusion or the reason a manual result was set. */
  detail?: string;
  status?: ReadinessItemStatus;
  url?: string;
  /** ISO time the fact refers to. */
  at?: string;
}

/**
 * One gate or precondition, judged.
 *
 * @public
 */
export interface ReadinessItem {
  /** The gate or precondition id from the policy. */
  id: string;
  kind: ReadinessItemKind;
  title: string;
  status: ReadinessItemStatus;
  /** One sentence saying why. */
  reason: string;
  evidence: ReadinessEvidence[];
  /** Where the data came from and as of when. */
  source: SourceInfo;
  enforcement: ReadinessEnforcement;
  /** For gates: how many checks passed, how many are required, how many belong to the gate. */
  gate?: {
    passed: number;
    required: number;
    total: number;
    /** `ci` (from the gate source) or `manual` (set by users through the API). */
    source: 'ci' | 'manual';
    ref?: { name?: string; sha?: string; url?: string };
  };
}

/**
 * A reason for the verdict: one item that did not pass.
 *
 * @public
 */
export interface ReadinessReason {
  itemId: string;
  status: Exclude<ReadinessItemStatus, 'pass'>;
  enforcement: ReadinessEnforcement;
  text: string;
}

/**
 * The result of {@link evaluateReadiness}.
 *
 * @public
 */
export interface ReadinessEvaluation {
  verdict: ReadinessVerdict;
  /**
   * Every item that did not pass: enforced failures first, then enforced unknowns, then
   * warnings and advisory items; within each group in policy order (gates, then preconditions).
   */
  reasons: ReadinessReason[];
  items: ReadinessItem[];
  /**
   * The allowed period open at `at`, or the next one, by the calendar; null when the policy has
   * no change-window rule or no period opens within the horizon.
   */
  nextWindow: AllowedPeriod | null;
  /** The moment judged (ISO, UTC). */
  at: string;
  changeType: string;
  risk: ChangeRisk;
  /** The change types the policy knows, for a request's `changeType`. */
  changeTypes: string[];
}

/**
 * Response of `GET /api/release-readiness/environments/:env/readiness?at=&changeType=&risk=`.
 *
 * @public
 */
export interface ReadinessResponse extends ReadinessEvaluation {
  environment: string;
}

/**
 * A manual gate check result as stored (append-only).
 *
 * @public
 */
export interface ManualGateRecord {
  id: string;
  /** The system the environment belongs to. */
  system: string;
  environment: string;
  gate: string;
  check: string;
  state: 'passed' | 'failed' | 'pending';
  reason: string;
  /** Entity ref of the user who set it. */
  actor: string;
  /** The release (branch, tag or commit) it was set for; it counts only for that release. */
  ref: string;
  createdAt: string;
}

/**
 * Body of `POST /api/release-readiness/environments/:env/gates/:gate/checks/:check`.
 *
 * @public
 */
export interface ManualGateRequest {
  state: 'passed' | 'failed' | 'pending';
  /** Why; shown next to the result and kept in the record. */
  reason: string;
  /**
   * The release (branch, tag or commit) the result is for. Default: the release the environment
   * is judged for right now (the running release, or the gate source's ref).
   */
  ref?: string;
  /**
   * A client-chosen id (e.g. a UUID). Retrying with the same id returns the first record
   * instead of writing another one.
   */
  requestId?: string;
}

/**
 * Response of `GET /api/release-readiness/environments/:env/gates/:gate/checks`: the history of
 * a manual gate, newest first.
 *
 * @public
 */
export interface ManualGateHistoryResponse {
  items: ManualGateRecord[];
}

/**
 * Response of `GET /api/release-readiness/environments/:env/gates/:gate/eligibility`: whether the
 * signed-in user may set results of that manual gate (permission policy and RACI), and why.
 *
 * @public
 */
export interface ManualGateEligibilityResponse {
  allowed: boolean;
  /** A sentence for the user, e.g. why not. */
  reason: string;
}
