import type { CalendarWindow } from '../calendar';
import type { RaciLetter } from '../people/types';

/**
 * The team's incident severities, most severe first.
 *
 * @public
 */
export type IncidentSeverity = 'P0' | 'P1' | 'P2' | 'P3';

/**
 * Risk level of a change; high-risk changes may need a CAB approval.
 *
 * @public
 */
export type ChangeRisk = 'low' | 'normal' | 'high';

/**
 * What an unmet rule does to the verdict: `block` makes it `blocked` (or `unknown` when the rule
 * cannot be judged); `warn` only lists the rule as a warning.
 *
 * @public
 */
export type ReadinessEnforcement = 'block' | 'warn';

/**
 * A CI gate: a named set of checks of which `required` must have passed.
 *
 * @public
 */
export interface GateDefinition {
  /** Stable id, e.g. `release`. */
  id: string;
  /** e.g. `Release gate`. */
  title: string;
  /**
   * Where the check results come from: `ci` = the environment's gate source (e.g. GitHub check
   * runs and commit statuses), `manual` = results that authorised users set through the API.
   */
  source: 'ci' | 'manual';
  /** The check names that belong to the gate, as the source reports them. */
  checks: string[];
  /** How many of `checks` must have passed. At most `checks.length`. */
  required: number;
  enforcement: ReadinessEnforcement;
  /**
   * Conclusions besides success that count as passed for a `skipped` check, e.g. `neutral` or
   * `skipped`. Default none: a skipped check is not a passed one.
   */
  acceptConclusions: string[];
  /**
   * Check name → the only producer whose result counts for it (see `GateCheckResult.producer`),
   * e.g. `{ lint: 'app:github-actions' }`. A result of that name from another producer is
   * ignored, so another app cannot pass the check.
   */
  producers: Record<string, string>;
  /**
   * ISO 8601 duration after which a result counts as pending (it must be set or run again), e.g.
   * `PT12H` for a staging gate that must be fresh at go-live. Default: results never expire.
   */
  maxAge?: string;
  /**
   * For manual gates: who may set results. Either RACI letters of an activity (default: the
   * Responsible and Accountable of `go-no-go`) or RACI role ids.
   */
  setBy: ManualGateSetBy;
}

/**
 * Who may set a manual gate's results, checked against the environment's resolved RACI matrix.
 *
 * @public
 */
export type ManualGateSetBy =
  | {
      /** An activity key of the RACI configuration, e.g. `go-no-go`. */
      activity: string;
      /** The letters of that activity that may set results, e.g. `[responsible, accountable]`. */
      as: RaciLetter[];
    }
  | {
      /** RACI role ids whose people may set results, e.g. `[qa, release-captain]`. */
      roles: string[];
    };

/**
 * Fields every precondition has.
 *
 * @public
 */
export interface PreconditionBase {
  /** Stable id, e.g. `no-p1-p2`. */
  id: string;
  title: string;
  enforcement: ReadinessEnforcement;
}

/**
 * No open incident of the given severities.
 *
 * @public
 */
export interface IncidentFreeRule extends PreconditionBase {
  type: 'incident-free';
  severities: IncidentSeverity[];
}

/**
 * Someone is on call (and a backup, if required) at the time of the change, and the rota has no
 * gap during the release window the change goes out in.
 *
 * @public
 */
export interface OnCallReachableRule extends PreconditionBase {
  type: 'oncall-reachable';
  requireBackup: boolean;
  /**
   * How long after the change on-call must be covered when no release window bounds it, as an
   * ISO 8601 duration. Default `PT2H`.
   */
  coverage: string;
}

/**
 * The last successful backup, or restore test, is younger than `maxAge`.
 *
 * @public
 */
export interface EvidenceAgeRule extends PreconditionBase {
  type: 'backup-age' | 'restore-test-age';
  /** ISO 8601 duration, e.g. `PT24H` or `P30D`. */
  maxAge: string;
}

/**
 * The freeze and release calendar allows the change.
 *
 * @public
 */
export interface ChangeWindowRule extends PreconditionBase {
  type: 'change-window';
  /** Changes must go out inside a release window. */
  requireReleaseWindow: boolean;
  /** Change types that may go out outside release windows (freezes still apply unless exempt). */
  releaseWindowExemptChangeTypes: string[];
  /** Who may allow a change outside the release windows, for the reason text. */
  outsideWindowApproval?: string;
}

/**
 * A change of one of `risks` needs an approval by the Change Advisory Board.
 *
 * @public
 */
export interface CabApprovalRule extends PreconditionBase {
  type: 'cab-approval';
  risks: ChangeRisk[];
}

/**
 * Every service-level objective has at least `minRemaining` of its error budget left.
 *
 * @public
 */
export interface ErrorBudgetRule extends PreconditionBase {
  type: 'error-budget';
  /** Fraction of the error budget that must be left, 0–1 (0 = not overspent). */
  minRemaining: number;
}

/**
 * A go-live precondition.
 *
 * @public
 */
export type PreconditionRule =
  | IncidentFreeRule
  | OnCallReachableRule
  | EvidenceAgeRule
  | ChangeWindowRule
  | CabApprovalRule
  | ErrorBudgetRule;

/**
 * One environment's readiness policy: its gates, its preconditions and the calendar windows that
 * apply to it.
 *
 * @public
 */
export interface ReadinessPolicy {
  gates: GateDefinition[];
  preconditions: PreconditionRule[];
  windows: CalendarWindow[];
  /** The change types a request may name; always contains `standard`. */
  changeTypes: string[];
  /** The risk assumed when a request names none. */
  defaultRisk: ChangeRisk;
}
