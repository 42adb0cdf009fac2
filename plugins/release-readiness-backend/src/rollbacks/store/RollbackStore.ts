import type {
  RollbackDiff,
  RollbackOutcome,
  RollbackRecord,
  RollbackVerification,
} from '@release-readiness/plugin-release-readiness-common';

/** One workload of one environment of a system: what a rollback lock and the cooldown are for. */
export interface RollbackWorkloadKey {
  system: string;
  environment: string;
  kind: string;
  name: string;
}

/** A follow-up of the rollback playbook, each set once per rollback. */
export type RollbackFollowUpField =
  | 'communication'
  | 'postMortemOwner'
  | 'postMortemLink';

/** A rollback request to append ({@link RollbackStore.appendRequested}). */
export interface NewRollbackRequest {
  /**
   * The record as known when it was asked for: its own `id` (a uuid), the workload, strategy,
   * actor, reason, `dryRun`, the outcome then (`in-progress`, `dry-run`, `refused`, `skipped` or
   * `conflict`), message, verification and, where planned, the diff. The store sets `createdAt`
   * to its own clock; `followUps` and `completedAt` are the store's to fold and are ignored.
   */
  record: RollbackRecord;
  /** The revision the user asked for (undefined: the default, the previous one). */
  toRevision?: number;
  /** Client-chosen idempotency key, unique per actor (`record.actor`). */
  requestId: string;
}

/** The write's result ({@link RollbackStore.appendExecuted}). */
export interface NewRollbackExecution {
  rollbackId: string;
  outcome: RollbackOutcome;
  message: string;
  run?: { id: string; url?: string; conclusion?: string };
  diff?: RollbackDiff;
}

/** The verification's end ({@link RollbackStore.appendVerified}). */
export interface NewRollbackVerification {
  rollbackId: string;
  /** Its `at` defaults to the store's clock. */
  verification: RollbackVerification;
  outcome: 'succeeded' | 'failed';
  message: string;
}

/** A follow-up ({@link RollbackStore.appendFollowUp}). */
export interface NewRollbackFollowUp {
  rollbackId: string;
  /** Entity ref of the user who reports it. */
  actor: string;
  /** Client-chosen idempotency key, unique per actor. */
  requestId: string;
  field: RollbackFollowUpField;
  /** `true` for `communication`; an entity ref for the owner; an http(s) URL for the link. */
  value: string | true;
}

/** What {@link RollbackStore.appendRequested} answers. */
export interface RollbackAppendResult {
  record: RollbackRecord;
  /** False when a retry (same actor and `requestId`, same request) found its first write. */
  created: boolean;
}

/** Options of {@link RollbackStore.withWorkloadLock}. */
export interface RollbackLockOptions {
  /** How long a caller waits for the lock, in milliseconds (default: the store's, 60 s). */
  timeoutMs?: number;
}

/**
 * Append-only storage of rollbacks: every request, write result, verification and follow-up is
 * an event; the record folds them. Nothing is ever updated or deleted; every time is the store's.
 *
 * A retried request (same actor and `requestId`, same workload, `toRevision`, `dryRun` and
 * reason) answers the first with `created: false`; the same `requestId` for something else is a
 * `ConflictError`. The write's result, the verification and each follow-up are recorded once:
 * the same again answers the record as it is, something else is a `ConflictError` naming the
 * first. An unknown rollback is a `NotFoundError`; an event that does not fit the rollback's
 * state (a result of a rollback that already ended, a verification without a write, follow-ups
 * of a rollback that wrote nothing) is a `ConflictError`.
 */
export interface RollbackStore {
  /** Records a rollback as asked for. */
  appendRequested(request: NewRollbackRequest): Promise<RollbackAppendResult>;
  /**
   * Records the write's result (of a rollback whose outcome is `in-progress`). A result that
   * wrote (`in-progress`, `succeeded`, `failed`) opens the follow-ups, the post-mortem due 48 h
   * after this event.
   */
  appendExecuted(execution: NewRollbackExecution): Promise<RollbackRecord>;
  /**
   * Records the verification's end and the final outcome (of a rollback whose write is
   * `in-progress`). `succeeded` needs a `passed` verification whose every check passed.
   */
  appendVerified(
    verification: NewRollbackVerification,
  ): Promise<RollbackRecord>;
  /** Records a follow-up of a rollback that wrote; each field once. */
  appendFollowUp(followUp: NewRollbackFollowUp): Promise<RollbackRecord>;
  /**
   * The rollback an actor's `requestId` asked for, if any (a request event; a follow-up's
   * `requestId` answers nothing), for a caller that answers a retry before it checks and plans
   * again (`appendRequested` answers retries itself too).
   */
  findByRequestId(
    actor: string,
    requestId: string,
  ): Promise<RollbackRecord | undefined>;
  /** The rollback of a system, folded from its events. */
  get(system: string, id: string): Promise<RollbackRecord | undefined>;
  /** The rollbacks of a system (of one environment, kind, workload name), newest first. */
  list(query: {
    system: string;
    environment?: string;
    kind?: string;
    name?: string;
    limit: number;
  }): Promise<RollbackRecord[]>;
  /**
   * The newest rollback of a workload that wrote or may have written (not a dry run; outcome not
   * `dry-run`, `refused`, `skipped` or `conflict`), for the cooldown. A rollback still
   * `in-progress` counts: its write may have happened.
   */
  lastWritten(query: RollbackWorkloadKey): Promise<RollbackRecord | undefined>;
  /**
   * Runs `fn` while holding the workload's lock: one at a time per workload, across replicas on
   * PostgreSQL, within the process on SQLite. The lock is released when `fn` settles (also when
   * it throws); a caller that waited longer than the timeout gets a `ServiceUnavailableError`
   * and `fn` does not run.
   */
  withWorkloadLock<T>(
    workload: RollbackWorkloadKey,
    fn: () => Promise<T>,
    options?: RollbackLockOptions,
  ): Promise<T>;
}
