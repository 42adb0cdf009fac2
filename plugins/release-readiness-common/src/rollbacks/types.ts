import type { SourceInfo } from '../sources';

/**
 * One revision of a workload: a Deployment's own ReplicaSet (`deployment.kubernetes.io/revision`),
 * a StatefulSet's or DaemonSet's ControllerRevision, or a release a pipeline can redeploy.
 *
 * @public
 */
export interface WorkloadRevision {
  /** The revision number, e.g. 3. */
  revision: number;
  /** True for the revision the workload runs now. */
  current: boolean;
  /** The version read from its images with the configured version patterns, when one matches. */
  version?: string;
  images: { container: string; image: string }[];
  /** When the revision was created (ISO). */
  createdAt?: string;
  /** The object behind it, e.g. the ReplicaSet `servanda-api-5d9c7b8f6` (no credentials). */
  object?: string;
  /** `kubernetes.io/change-cause`, when set. */
  changeCause?: string;
}

/**
 * `GET /environments/:env/workloads/:kind/:name/revisions`.
 *
 * @public
 */
export interface RevisionsResponse {
  environment: string;
  workload: { kind: string; name: string };
  /** Newest first. */
  items: WorkloadRevision[];
  /** The strategy a rollback of this workload would use, e.g. `kubernetes`, `github-actions`. */
  strategy: string;
  /** Why this workload cannot be rolled back here, when it cannot (e.g. Helm-managed). */
  refusal?: string;
  source: SourceInfo;
}

/**
 * Images that differ between the current and the target revision.
 *
 * @public
 */
export interface RollbackDiff {
  from: { revision: number; version?: string };
  to: { revision: number; version?: string };
  changes: { container: string; from?: string; to?: string }[];
}

/**
 * What happened to a rollback: `dry-run` (nothing written), `skipped` (already at that
 * template), `refused` (guards, managed workload, snapshot environment), `conflict` (the workload
 * changed meanwhile: 409, nothing overwritten), `in-progress` (written, being verified),
 * `succeeded` (written and verified), `failed` (written, verification failed or the pipeline
 * run failed).
 *
 * @public
 */
export type RollbackOutcome =
  | 'dry-run'
  | 'skipped'
  | 'refused'
  | 'conflict'
  | 'in-progress'
  | 'succeeded'
  | 'failed';

/**
 * The verification after the write: the rollout complete with its ready replicas back and, where
 * SLA data exists, the rollback triggers quiet.
 *
 * @public
 */
export interface RollbackVerification {
  status: 'pending' | 'passed' | 'failed' | 'timed-out' | 'not-run';
  checks: {
    name: string;
    status: 'pass' | 'fail' | 'unknown';
    detail: string;
  }[];
  /** When it reached its status (ISO). */
  at?: string;
}

/**
 * A rollback as recorded (append-only: later events add the write, the verification and the
 * follow-ups; nothing is changed or deleted).
 *
 * @public
 */
export interface RollbackRecord {
  id: string;
  system: string;
  environment: string;
  workload: { kind: string; name: string };
  strategy: string;
  /** Entity ref of the user who asked. */
  actor: string;
  reason: string;
  /** Given to roll back inside a freeze window. */
  overrideReason?: string;
  dryRun: boolean;
  diff?: RollbackDiff;
  outcome: RollbackOutcome;
  /** One sentence: what happened, e.g. the rollout's condition message on failure. */
  message: string;
  /** A pipeline run that carried it out, e.g. the GitHub Actions run. */
  run?: { id: string; url?: string; conclusion?: string };
  verification: RollbackVerification;
  /** The playbook's follow-ups (written rollbacks only). */
  followUps?: {
    communication: { done: boolean; by?: string; at?: string };
    postMortem: { owner?: string; dueAt: string; link?: string };
  };
  createdAt: string;
  /** When the outcome became final (ISO). */
  completedAt?: string;
}

/**
 * Body of `POST /rollbacks`.
 *
 * @public
 */
export interface RollbackRequest {
  /** The system; default: the default system. */
  system?: string;
  environment: string;
  /** `Deployment`, `StatefulSet` or `DaemonSet`. */
  kind: string;
  name: string;
  /** The revision to roll back to; default: the previous one. */
  toRevision?: number;
  /**
   * The revision the user saw as current (e.g. in the dry run); when it is no longer current the
   * rollback is a `conflict`, so two people rolling back at once never roll back twice.
   */
  fromRevision?: number;
  dryRun: boolean;
  reason: string;
  overrideReason?: string;
  /** Client-chosen idempotency key, unique per user. */
  requestId: string;
}
