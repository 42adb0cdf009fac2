import type {
  CalendarWindow,
  RollbackRecord,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  RollbackExecution,
  RollbackStrategy,
} from '@release-readiness/plugin-release-readiness-node';
import type { WorkloadsService } from '../workloads/WorkloadsService';
import type { RollbackPolicy } from './readRollbackPolicies';
import type { RollbackGuard } from './RollbackGuard';
import type { RollbackStore } from './store/RollbackStore';

/** What the rollback runner needs of its system (built by `createRollbacks`). */
export interface RollbackContext {
  system: string;
  store: RollbackStore;
  guard: RollbackGuard;
  workloads: WorkloadsService;
  /** The environment's name (404 naming the configured ones) and policy. */
  environment(environment: string): { name: string; policy: RollbackPolicy };
  /** The strategy for a workload: its override, else the environment's. */
  strategyFor(
    environment: string,
    workload: string,
  ): { type: string; strategy: RollbackStrategy } | undefined;
  /** The calendar windows that apply to the environment. */
  windows(environment: string): CalendarWindow[];
  /** After a write: tell people, refresh the board, verify in the background. */
  afterWrite(
    record: RollbackRecord,
    strategy: RollbackStrategy,
    execution: RollbackExecution,
  ): Promise<void>;
  /** Timeout of one strategy call, in milliseconds. */
  timeoutMs: number;
  now(): number;
}
