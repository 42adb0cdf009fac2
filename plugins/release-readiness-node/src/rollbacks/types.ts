import { Config } from '@backstage/config';
import type {
  RollbackDiff,
  Workload,
  WorkloadRevision,
} from '@release-readiness/plugin-release-readiness-common';
import type { SourceCallOptions, SourceFactoryOptions } from '../sources/types';

/**
 * The workload a rollback is about, as the environment's workload source reported it (its
 * `managedBy`, images, revision and rollout status included).
 *
 * @public
 */
export type RollbackTarget = Workload;

/**
 * What a strategy would do: from the current revision to the target, or why it will not.
 *
 * @public
 */
export type RollbackPlan =
  | {
      kind: 'ready';
      from: WorkloadRevision;
      to: WorkloadRevision;
      diff: RollbackDiff;
      /**
       * Opaque state the strategy needs to execute exactly this plan, e.g. the workload's
       * `resourceVersion` for the write's precondition. JSON; never a credential.
       */
      precondition: Record<string, string | number>;
    }
  | {
      /** Already at that template: nothing to write (kubectl's "skipped rollback"). */
      kind: 'skipped';
      from: WorkloadRevision;
      to: WorkloadRevision;
      message: string;
    }
  | {
      /** Cannot roll back, e.g. a paused Deployment, no previous revision, unknown revision. */
      kind: 'refused';
      message: string;
      /** `bad-request` (the asked revision does not exist) or `refused` (the workload's state). */
      reason: 'bad-request' | 'refused';
    };

/**
 * What executing a plan did.
 *
 * @public
 */
export interface RollbackExecution {
  /** `dry-run`: validated by the upstream (e.g. Kubernetes `dryRun=All`), nothing written. */
  outcome: 'written' | 'dry-run' | 'failed';
  message: string;
  /** The diff as the upstream would apply it (server-side dry run), when it tells. */
  diff?: RollbackDiff;
  /** A pipeline run that carries it out (its conclusion once followed to the end). */
  run?: { id: string; url?: string; conclusion?: string };
}

/**
 * One look at a rollback in progress: the backend polls until `done` or its timeout.
 *
 * @public
 */
export interface RollbackProgress {
  /** The strategy's own part is over (the pipeline run concluded; always true for native). */
  done: boolean;
  /** False when the strategy's part failed (e.g. the run failed); `message` says why. */
  succeeded: boolean;
  message: string;
  run?: { id: string; url?: string; conclusion?: string };
}

/**
 * Rolls workloads of one environment back, one way (natively in Kubernetes, through a deploy
 * pipeline, …). The backend checks who may, freezes and concurrency; the strategy plans, writes
 * and follows its own part; the backend then verifies the rollout with the workload source.
 *
 * @public
 */
export interface RollbackStrategy {
  /** Shown in records, e.g. `kubernetes:demo-cluster/servanda-prod`; no credentials. */
  readonly name: string;
  /** The workload's revisions, newest first (only its own: never another owner's). */
  revisions(
    target: RollbackTarget,
    options: SourceCallOptions,
  ): Promise<WorkloadRevision[]>;
  /** What a rollback to `toRevision` (default: the previous revision) would do. */
  plan(
    target: RollbackTarget,
    options: SourceCallOptions & { toRevision?: number },
  ): Promise<RollbackPlan>;
  /**
   * Carries a `ready` plan out, or validates it without writing (`dryRun`). Must write with the
   * plan's precondition, so that a workload changed since the plan is refused: throw
   * `ConflictError` from `@backstage/errors` then, never overwrite.
   */
  execute(
    target: RollbackTarget,
    plan: Extract<RollbackPlan, { kind: 'ready' }>,
    options: SourceCallOptions & {
      dryRun: boolean;
      reason: string;
      actor: string;
    },
  ): Promise<RollbackExecution>;
  /** Follows the strategy's own part (e.g. a pipeline run); native strategies answer done. */
  progress?(
    execution: RollbackExecution,
    options: SourceCallOptions,
  ): Promise<RollbackProgress>;
}

/**
 * What a rollback strategy factory gets: the environment, and the strategy's own block.
 *
 * @public
 */
export interface RollbackStrategyFactoryOptions extends SourceFactoryOptions {
  /**
   * The strategy's block of the environment's `rollback` (e.g. `rollback.githubActions`), or an
   * empty config; per-workload overrides come as their own block.
   */
  strategyConfig: Config;
  /** How messages name that block, e.g. `environments.prod.rollback.githubActions`. */
  strategyKeyPrefix: string;
}

/**
 * Creates a {@link RollbackStrategy} for an environment whose `rollback.strategy` (or a
 * workload's override) names its `type`.
 *
 * @public
 */
export interface RollbackStrategyFactory {
  /** e.g. `kubernetes`, `github-actions`. */
  readonly type: string;
  /**
   * The workload source types whose environments get this strategy when their policy names no
   * `rollback.strategy` (e.g. the Kubernetes strategy for `kubernetes` and `snapshot`
   * environments). Without it the strategy serves only environments that name it.
   */
  readonly defaultFor?: readonly string[];
  create(
    options: RollbackStrategyFactoryOptions,
  ): RollbackStrategy | Promise<RollbackStrategy>;
}
