import type { ChangeRisk, ReadinessEvaluation } from '../readiness';
import type { ManualGateSetBy } from '../readiness';
import type { Person } from '../people';

/**
 * Who a rule of the decision policy names: the people of an activity's RACI letters, or of
 * roles (the same shape as a manual gate's `setBy`).
 *
 * @public
 */
export type DecisionParticipants = ManualGateSetBy;

/**
 * One approval a go needs: a go vote from a person the entry names. Each entry needs its own
 * person (one person never fills two entries).
 *
 * @public
 */
export interface DecisionApproval {
  /** Stable id, e.g. `release-captain`, `product-owner`, `tech-lead`. */
  id: string;
  title: string;
  who: DecisionParticipants;
}

/**
 * An environment's go/no-go policy (part of the system's policy, `environments.<env>.decisions`).
 *
 * @public
 */
export interface DecisionPolicy {
  /**
   * The approvals a go needs. Default: the Responsible and the Accountable of `go-no-go`.
   */
  approvals: DecisionApproval[];
  /**
   * Who may vote at all (a no-go from any of them decides no-go); the approvals' people always
   * may. Default: the Responsible, Accountable and Consulted of `go-no-go`.
   */
  voters: DecisionParticipants;
  /** Who may waive failing or unknown items. Default: the Accountable of `go-no-go`. */
  waivers: DecisionParticipants;
  /** Who may request a decision. Default: the Responsible and Accountable of `go-no-go`. */
  requesters: DecisionParticipants;
  /**
   * Four-eyes: the requester fills at most one approval, and at least one go that fills an
   * approval must come from someone other than the requester. Default true.
   */
  fourEyes: boolean;
  /** A request expires this long after it was made, ISO 8601 duration. Default `PT24H`. */
  expiresAfter: string;
  /** The Informed of this activity hear the outcome. Default `go-no-go`. */
  informActivity: string;
}

/**
 * What a requester asks for.
 *
 * @public
 */
export interface DecisionRequestInput {
  /** The release version, e.g. `1.4.2` (a tag, a version; at most 200 characters). */
  version: string;
  /** The image digest when known, `sha256:…`. */
  digest?: string;
  /**
   * The release the gates are judged for (branch, tag or commit, e.g. `v1.4.2`); default: the
   * release the environment is judged for now.
   */
  ref?: string;
  changeType?: string;
  risk?: ChangeRisk;
  /** When the change is planned, ISO time; default: now. */
  plannedAt?: string;
  /** Why, 3–2000 characters. */
  reason: string;
}

/**
 * A vote on a decision.
 *
 * @public
 */
export interface DecisionVote {
  /** Entity ref of the voter. */
  voter: string;
  /** The approvals this vote filled or could fill, and the RACI roles the voter holds. */
  roles: string[];
  vote: 'go' | 'no-go';
  reason: string;
  /** Server time. */
  at: string;
}

/**
 * A waiver of one readiness item that failed or was unknown in the evidence.
 *
 * @public
 */
export interface DecisionWaiver {
  /** The readiness item id, e.g. `restore-test`. */
  item: string;
  reason: string;
  /** Entity ref of whoever waived it. */
  by: string;
  /** The waiver counts until then (ISO), at most the request's expiry. */
  until: string;
  /** Server time. */
  at: string;
}

/**
 * The status of a decision, derived from its record and the clock:
 * `open` (votes missing), `go`, `no-go`, `expired` (not decided in time, or a go past its
 * expiry), `invalidated` (evidence turned from pass to fail before the planned time).
 *
 * @public
 */
export type DecisionStatus =
  | 'open'
  | 'go'
  | 'no-go'
  | 'expired'
  | 'invalidated';

/**
 * A decision request as recorded: the request, the evidence snapshot taken at request time
 * (the full readiness evaluation, every item with its source and `fetchedAt`), the votes and
 * waivers in the order they came, and the recorded outcome.
 *
 * @public
 */
export interface DecisionRecord {
  id: string;
  system: string;
  environment: string;
  version: string;
  digest?: string;
  /** The release the evidence's gates were judged for. */
  ref?: string;
  changeType: string;
  risk: ChangeRisk;
  plannedAt: string;
  reason: string;
  /** Entity ref of the requester. */
  requester: string;
  requestedAt: string;
  expiresAt: string;
  evidence: ReadinessEvaluation;
  votes: DecisionVote[];
  waivers: DecisionWaiver[];
  /** The outcome once recorded (go, no-go, invalidated), with the moment. */
  outcome?: {
    status: Exclude<DecisionStatus, 'open'>;
    reason: string;
    at: string;
  };
}

/**
 * One approval of a decision, judged: filled by whom, or who could still give it.
 *
 * @public
 */
export interface DecisionApprovalState {
  id: string;
  title: string;
  /** The voter whose go fills it. */
  filledBy?: string;
  /** The people who could give it now (eligible, not yet voted, not excluded by four-eyes). */
  candidates: Person[];
}

/**
 * An item of the evidence that needs a waiver before a go (failed or unknown, enforced).
 *
 * @public
 */
export interface DecisionBlockingItem {
  item: string;
  title: string;
  status: 'fail' | 'unknown';
  reason: string;
  /** The waiver that covers it, if any (and still valid). */
  waiver?: DecisionWaiver;
  /**
   * The waiver recorded for it that no longer counts: its `until` has passed, or its author is
   * no longer one of the policy's `waivers`. An item is waived once per decision, so it stays
   * blocking: a go needs a new decision.
   */
  lapsedWaiver?: DecisionWaiver;
}

/**
 * A decision judged at a moment (pure: `evaluateDecision` in `-common`).
 *
 * @public
 */
export interface DecisionState {
  status: DecisionStatus;
  /** One sentence, e.g. `Waiting for Product Owner (Jonas Weber)`. */
  reason: string;
  approvals: DecisionApprovalState[];
  blocking: DecisionBlockingItem[];
  /** Every no-go vote (any one decides no-go). */
  noGo: DecisionVote[];
}

/**
 * A change of a readiness item between the evidence pinned at request time and now.
 *
 * @public
 */
export interface EvidenceChange {
  item: string;
  title: string;
  from: 'pass' | 'warn' | 'fail' | 'unknown' | 'absent';
  to: 'pass' | 'warn' | 'fail' | 'unknown' | 'absent';
}

/**
 * `GET /decisions/:id`: the record, its state now, and what changed since the evidence was
 * pinned (against live data; absent when live data could not be read).
 *
 * @public
 */
export interface DecisionResponse {
  decision: DecisionRecord;
  state: DecisionState;
  changes?: EvidenceChange[];
  /** May the signed-in user vote or waive, and why not. */
  you?: {
    vote: { allowed: boolean; reason: string };
    waive: { allowed: boolean; reason: string };
  };
}

/**
 * `GET /decisions/check`: may a pipeline deploy this version now.
 *
 * @public
 */
export interface DecisionCheckResponse {
  go: boolean;
  decisionId?: string;
  reason: string;
  expiresAt?: string;
}
