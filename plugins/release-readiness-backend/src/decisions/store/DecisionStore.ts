import type {
  DecisionRecord,
  DecisionVote,
  DecisionWaiver,
} from '@release-readiness/plugin-release-readiness-common';

/** What an append answers: the decision as recorded now, and whether this call wrote. */
export interface DecisionAppendResult {
  record: DecisionRecord;
  /** False when a retry (same actor and `requestId`, same content) found its first write. */
  created: boolean;
}

/** A decision request to append: the record without votes, waivers and outcome. */
export interface NewDecisionRequest {
  system: string;
  environment: string;
  /**
   * The request with its evidence. The store sets `requestedAt` to its own clock and moves
   * `expiresAt` with it (the same distance after `requestedAt` as given).
   */
  record: Omit<DecisionRecord, 'votes' | 'waivers' | 'outcome'>;
  /** Entity ref of the requester. */
  actor: string;
  /** Client-chosen idempotency key, unique per actor. */
  requestId: string;
  /**
   * Called inside the chain's lock, after the retry check and before the write, with the
   * environment's decisions for the same version (newest first, at most 100); throw (e.g. a
   * `ConflictError`) to refuse the request. Lets the caller refuse a second open decision
   * without a race between two requests.
   */
  guard?: (sameVersion: DecisionRecord[]) => void | Promise<void>;
}

/** A vote to append; its `at` is replaced by the store's clock. */
export interface NewDecisionVote {
  system: string;
  environment: string;
  decisionId: string;
  vote: DecisionVote;
  requestId: string;
}

/** A waiver to append; its `at` is replaced by the store's clock. */
export interface NewDecisionWaiver {
  system: string;
  environment: string;
  decisionId: string;
  waiver: DecisionWaiver;
  requestId: string;
}

/** An outcome to append; its `at` is replaced by the store's clock. */
export interface NewDecisionOutcome {
  system: string;
  environment: string;
  decisionId: string;
  outcome: NonNullable<DecisionRecord['outcome']>;
}

/** Which event a client's `requestId` wrote ({@link DecisionStore.findByRequestId}). */
export interface DecisionEventRef {
  system: string;
  environment: string;
  decisionId: string;
  /** `request`, `vote` or `waiver`. */
  type: string;
}

/** One problem {@link DecisionStore.verify} found. */
export interface DecisionChainProblem {
  /** The event's row (`seq`). */
  seq: number;
  decisionId: string;
  /** One sentence saying what does not match. */
  problem: string;
}

/** What {@link DecisionStore.verify} found. */
export interface DecisionChainReport {
  /** True when no problem was found. */
  ok: boolean;
  /** How many events were checked. */
  checked: number;
  problems: DecisionChainProblem[];
}

/**
 * Append-only storage of go/no-go decisions: every request, vote, waiver and outcome is an
 * event in a hash chain per (system, environment). Nothing is ever updated or deleted.
 *
 * Every append is idempotent per actor and `requestId`: a retry with the same content returns
 * the decision with `created: false`; the same `requestId` for something else is a
 * `ConflictError`. A second vote of a person, a second waiver of an item or a second outcome is
 * a `ConflictError` naming what exists; an unknown decision is a `NotFoundError`.
 */
export interface DecisionStore {
  /** Records a decision request (its evidence included). */
  appendRequest(request: NewDecisionRequest): Promise<DecisionAppendResult>;
  /** Records a vote; one per person and decision. */
  appendVote(vote: NewDecisionVote): Promise<DecisionAppendResult>;
  /** Records a waiver; one per item and decision. */
  appendWaiver(waiver: NewDecisionWaiver): Promise<DecisionAppendResult>;
  /**
   * Records the outcome; one per decision, plus at most one `invalidated` after a `go` (which
   * then is the decision's outcome). The same status and reason again answers `created: false`;
   * another outcome is a `ConflictError`.
   */
  appendOutcome(outcome: NewDecisionOutcome): Promise<DecisionAppendResult>;
  /** The decision with its votes and waivers in the order they came. */
  get(system: string, id: string): Promise<DecisionRecord | undefined>;
  /**
   * The event an actor's `requestId` wrote, if any, for a caller that answers a retry before it
   * checks eligibility again (the appends answer retries themselves too).
   */
  findByRequestId(
    actor: string,
    requestId: string,
  ): Promise<DecisionEventRef | undefined>;
  /** The decisions of a system, newest request first. */
  list(query: {
    system: string;
    environment?: string;
    version?: string;
    limit: number;
  }): Promise<DecisionRecord[]>;
  /**
   * Walks every chain (or the ones asked for) in position order and reports every event whose
   * hash does not match its content, whose `prev_hash` does not match the event before it, and
   * every gap in the positions.
   */
  verify(query?: {
    system?: string;
    environment?: string;
  }): Promise<DecisionChainReport>;
}
