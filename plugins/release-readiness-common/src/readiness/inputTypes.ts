import type { SourceInfo } from '../sources';
import type { ChangeRisk, IncidentSeverity } from './policyTypes';

/**
 * A value with its provenance, as the collector returns it. `value` is absent when the source is
 * unavailable.
 *
 * @public
 */
export interface Sourced<T> {
  value?: T;
  source: SourceInfo;
}

/**
 * State of one CI check: `passed` (success), `failed`, `pending` (queued, running, or not
 * reported at all), or `skipped` (it ran but concluded neither success nor failure, e.g. GitHub's
 * `neutral` and `skipped`). A skipped check counts as passed only when its gate lists the
 * check's `conclusion` in `acceptConclusions`.
 *
 * @public
 */
export type GateCheckState = 'passed' | 'failed' | 'pending' | 'skipped';

/**
 * One check result as a gate source reports it.
 *
 * @public
 */
export interface GateCheckResult {
  /** The check's name, e.g. the GitHub check run name or commit status context. */
  name: string;
  state: GateCheckState;
  /** Link to the check's details. */
  url?: string;
  /** When the result was reported or the check completed (ISO). */
  at?: string;
  /** Short free text, e.g. a GitHub conclusion, or the reason a manual result was set. */
  detail?: string;
  /**
   * The upstream's own conclusion, lower-case, e.g. GitHub's `success`, `neutral`, `skipped`,
   * `failure`. Gates match `acceptConclusions` against it.
   */
  conclusion?: string;
  /**
   * Who reported the result: `app:<slug>` for a GitHub check run (the GitHub App, e.g.
   * `app:github-actions`), `status:<creator>` or `status` for a commit status. A gate that pins a
   * check to a producer ignores results of that name from anyone else.
   */
  producer?: string;
  /**
   * For manual results: the release (branch, tag or commit) the result was set for. It counts
   * only when that release is the one being judged.
   */
  ref?: string;
  /** Who set a manual result (entity ref). */
  actor?: string;
  /**
   * For manual results: the gate the result belongs to (manual gates may share check names).
   * Results without it count for every gate that names the check.
   */
  gate?: string;
}

/**
 * The check results of one revision.
 *
 * @public
 */
export interface GateChecks {
  /** What was checked: a branch, tag or commit, and the commit it resolved to. */
  ref?: { name?: string; sha?: string; url?: string };
  checks: GateCheckResult[];
}

/**
 * An open (triggered or acknowledged) incident.
 *
 * @public
 */
export interface OpenIncident {
  id: string;
  title: string;
  /** Mapped from the tool's priority/urgency; absent when it does not map. */
  severity?: IncidentSeverity;
  status: 'triggered' | 'acknowledged';
  createdAt: string;
  url?: string;
  /** The affected service's name. */
  service?: string;
}

/**
 * The open incidents of an environment's services.
 *
 * @public
 */
export interface OpenIncidents {
  incidents: OpenIncident[];
  /**
   * True when the source could not read every open incident (e.g. a page limit was reached):
   * the rule is then `unknown`, since a blocking incident may be among those not read.
   */
  truncated?: boolean;
}

/**
 * Someone on call, for the on-call precondition.
 *
 * @public
 */
export interface OnCallPersonRef {
  displayName: string;
  entityRef?: string;
}

/**
 * On-call coverage of a time range. Structurally the same as the people service's
 * `OnCallCoverage`, so that it can be passed straight in.
 *
 * @public
 */
export interface OnCallCoverageInput {
  range: { start: string; end: string };
  /** False when the data does not cover the whole range: the rule is then unknown, never met. */
  known: boolean;
  /** On call at the start of the range. */
  primary: OnCallPersonRef[];
  backup: OnCallPersonRef[];
  gaps: { start: string; end: string; missing: ('primary' | 'backup')[] }[];
}

/**
 * The last successful run of something that must be recent (a backup, a restore test).
 *
 * @public
 */
export interface LastSuccess {
  /** ISO time of the last success; absent when there was none. */
  lastSuccessAt?: string;
  /** Link to the evidence (the backup, the restore-test record). */
  url?: string;
}

/**
 * The CAB's decision on the change.
 *
 * @public
 */
export interface CabDecision {
  approved: boolean;
  decidedAt?: string;
  /** The change ticket or meeting minutes. */
  url?: string;
}

/**
 * Error-budget state of the environment's service-level objectives.
 *
 * @public
 */
export interface ErrorBudgets {
  objectives: {
    name: string;
    /** Fraction of the budget left (1 = untouched, below 0 = overspent); null = no data. */
    remaining: number | null;
  }[];
}

/**
 * Everything {@link evaluateReadiness} judges. An absent input means no source is configured for
 * it; every rule that needs it is then `unknown`.
 *
 * @public
 */
export interface ReadinessInputs {
  /** The kind of change, e.g. `standard` (default) or `hotfix-p1`. */
  changeType?: string;
  /** Risk of the change; the policy's default when absent. */
  risk?: ChangeRisk;
  /**
   * The release (branch, tag or commit) being judged. Manual gate results count only when they
   * were set for it; without it no manual gate can pass.
   */
  release?: string;
  /** Results from the environment's CI gate source. */
  ciChecks?: Sourced<GateChecks>;
  /** Results of manual gates. */
  manualChecks?: Sourced<GateChecks>;
  incidents?: Sourced<OpenIncidents>;
  onCall?: Sourced<OnCallCoverageInput>;
  backup?: Sourced<LastSuccess>;
  restoreTest?: Sourced<LastSuccess>;
  cabDecision?: Sourced<CabDecision>;
  errorBudgets?: Sourced<ErrorBudgets>;
}
