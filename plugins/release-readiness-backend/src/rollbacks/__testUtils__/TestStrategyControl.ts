import type {
  RollbackExecution,
  RollbackProgress,
} from '@release-readiness/plugin-release-readiness-node';

/** One call of a test strategy's `execute`, as it was made. */
export interface StrategyCall {
  environment: string;
  kind: string;
  name: string;
  from: number;
  to: number;
  dryRun: boolean;
  actor: string;
  reason: string;
}

/**
 * What the test strategies do and did: every write and dry run they were asked for (a write is
 * counted when it changed the workload), and the hooks a test sets to steer them.
 */
export class TestStrategyControl {
  /** Real writes that changed a workload. */
  readonly writes: StrategyCall[] = [];
  /** Dry runs (nothing changed). */
  readonly dryRuns: StrategyCall[] = [];
  /** Every plan asked for, by environment/kind/name. */
  readonly plans: string[] = [];
  /** The strategies created: type, environment and the key prefix of their block. */
  readonly created: {
    type: string;
    environment: string;
    keyPrefix: string;
    config: unknown;
  }[] = [];
  /** Thrown by every real `execute` before it writes (e.g. a `ConflictError`). */
  executeError?: Error;
  /** Thrown by `revisions` (the upstream is unreachable). */
  revisionsError?: Error;
  /** Awaited by every real `execute` before it writes (to hold a write, or change the workload). */
  beforeWrite?: (call: StrategyCall) => Promise<void> | void;
  /** How the rollout stands right after a write: `progressing` (default) or `complete`. */
  rolloutAfterWrite: 'progressing' | 'complete' = 'progressing';
  /** The pipeline strategy's answers to `progress`, one per call (the last one repeats). */
  progressAnswers: RollbackProgress[] = [];
  /** The executions `progress` was asked about. */
  readonly progressAsked: RollbackExecution[] = [];
}
