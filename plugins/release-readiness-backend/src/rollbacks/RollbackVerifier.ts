import { LoggerService } from '@backstage/backend-plugin-api';
import {
  judgeRollbackVerification,
  RollbackRecord,
  RollbackVerification,
  SlaServiceResult,
  Workload,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  RollbackExecution,
  RollbackStrategy,
} from '@release-readiness/plugin-release-readiness-node';
import { classifySourceError } from '../collector/classifySourceError';
import type { RollbackPolicy } from './readRollbackPolicies';
import type { RollbackStore } from './store/RollbackStore';

/** What the verifier reads while it waits. */
export interface VerificationReaders {
  /** The workload as its source reports it now (read from the source, not the cache). */
  workload(): Promise<Workload | undefined>;
  /** The environment's SLA services now; undefined without SLA data. */
  sla?(): Promise<SlaServiceResult[] | undefined>;
}

/**
 * Verifies rollbacks after their write, in the background: follows the strategy's own part (a
 * pipeline run) to its end, then polls the workload until the rollout is complete with its ready
 * replicas back and the SLA rollback triggers are quiet, or the policy's timeout; records the
 * verification and the final outcome once.
 */
export class RollbackVerifier {
  readonly #store: RollbackStore;
  readonly #logger: LoggerService;
  readonly #now: () => number;
  readonly #running = new Map<string, Promise<void>>();
  readonly #abort = new AbortController();

  constructor(options: {
    store: RollbackStore;
    logger: LoggerService;
    now?: () => number;
    /** Aborted when the backend shuts down: every verification stops. */
    shutdown?: AbortSignal;
  }) {
    this.#store = options.store;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
    options.shutdown?.addEventListener('abort', () => this.#abort.abort(), {
      once: true,
    });
  }

  /** Starts verifying; `onDone` gets the final record. */
  start(options: {
    record: RollbackRecord;
    strategy: RollbackStrategy;
    execution: RollbackExecution;
    policy: RollbackPolicy;
    read: VerificationReaders;
    onDone(record: RollbackRecord): Promise<void>;
  }): void {
    const run = this.#verify(options)
      .then(options.onDone)
      .catch(error =>
        this.#logger.error(
          `Verifying rollback ${options.record.id} failed: ${
            classifySourceError(error).message
          }`,
        ),
      )
      .finally(() => this.#running.delete(options.record.id));
    this.#running.set(options.record.id, run);
  }

  /** Resolves when the rollback's verification has ended (for tests and shutdown). */
  async settled(id?: string): Promise<void> {
    await (id ? this.#running.get(id) : Promise.all(this.#running.values()));
  }

  async #verify(options: Parameters<RollbackVerifier['start']>[0]) {
    const { record, strategy, execution, policy, read } = options;
    const { timeoutMs, intervalMs, triggers } = policy.verify;
    const deadline = this.#now() + timeoutMs;
    const signal = this.#abort.signal;
    let pipelineDone = !strategy.progress;
    const pipelineCheck: RollbackVerification['checks'] = [];
    for (;;) {
      await sleep(intervalMs, signal);
      const late = this.#now() >= deadline;
      if (!pipelineDone) {
        const progress = await strategy.progress!(execution, { signal });
        if (progress.done) {
          pipelineDone = true;
          pipelineCheck.push({
            name: 'pipeline run',
            status: progress.succeeded ? 'pass' : 'fail',
            detail: progress.message,
          });
          if (!progress.succeeded) {
            return this.#finish(record, {
              status: 'failed',
              checks: pipelineCheck,
              at: new Date(this.#now()).toISOString(),
            });
          }
        } else if (late) {
          return this.#finish(record, {
            status: 'timed-out',
            checks: [
              {
                name: 'pipeline run',
                status: 'unknown',
                detail: progress.message,
              },
            ],
            at: new Date(this.#now()).toISOString(),
          });
        }
        continue;
      }
      const verification = judgeRollbackVerification({
        workload: await read.workload(),
        ...(record.diff?.to.version && {
          expectedVersion: record.diff.to.version,
        }),
        ...(triggers && read.sla && { sla: await read.sla() }),
        at: new Date(this.#now()).toISOString(),
        deadlinePassed: late,
      });
      if (verification.status !== 'pending') {
        return this.#finish(record, {
          ...verification,
          checks: [...pipelineCheck, ...verification.checks],
        });
      }
    }
  }

  #finish(
    record: RollbackRecord,
    verification: RollbackVerification,
  ): Promise<RollbackRecord> {
    const passed = verification.status === 'passed';
    const failedCheck = verification.checks.find(c => c.status !== 'pass');
    return this.#store.appendVerified({
      rollbackId: record.id,
      verification,
      outcome: passed ? 'succeeded' : 'failed',
      message: passed
        ? 'Rolled back and verified: rollout complete, replicas ready, rollback triggers quiet'
        : `Verification ${verification.status}: ${
            failedCheck
              ? `${failedCheck.name}: ${failedCheck.detail}`
              : 'no check passed'
          }`,
    });
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error('The backend is shutting down'));
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new Error('The backend is shutting down'));
      },
      { once: true },
    );
  });
}
