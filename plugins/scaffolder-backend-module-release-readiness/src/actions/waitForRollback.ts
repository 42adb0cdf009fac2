import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  RollbackRecord,
  safeHttpUrl,
} from '@release-readiness/plugin-release-readiness-common';
import type { ReleaseReadinessCallOptions } from '../client/callReleaseReadiness';
import type { RollbacksClient } from '../client/RollbacksClient';
import { describeRollout } from './describeRollout';
import { describeVerification } from './describeVerification';
import { RollbackError } from './RollbackError';
import { sleepUnlessCancelled } from './sleepUnlessCancelled';

/**
 * How the rollback action waits: poll interval and the longest wait, in milliseconds.
 *
 * @public
 */
export interface RollbackWaitOptions {
  /** Between two reads of the record (default 2 s). */
  intervalMs: number;
  /** The longest wait (default 6 min, a bit over the backend's 5 min verification). */
  timeoutMs: number;
}

/** After this many polls without news, a line says the step is still waiting. */
const QUIET_POLLS = 5;

const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * Waits until a written rollback's outcome is final (anything but `in-progress`), reading
 * `GET /rollbacks/:id` every `intervalMs`, and logs its progress on the way: the record's
 * message and verification when they change, the pipeline run and its link, the workload's
 * rollout as the board sees it (`GET /environments/:env/workloads`; a failed read is a warning,
 * not a failure), and a line every few quiet polls. Resolves with the final record; throws a
 * {@link RollbackError} (outcome `in-progress`) when `timeoutMs` passes first. The task's
 * cancel signal stops the wait.
 */
export async function waitForRollback(options: {
  client: RollbacksClient;
  call: ReleaseReadinessCallOptions;
  record: RollbackRecord;
  wait: RollbackWaitOptions;
  logger: LoggerService;
  now?: () => number;
}): Promise<RollbackRecord> {
  const { client, call, logger, wait } = options;
  const now = options.now ?? Date.now;
  const started = now();
  const deadline = started + wait.timeoutMs;
  let record = options.record;
  const { kind, name } = record.workload;
  const what = `rollback ${record.id} of ${kind} ${name} in ${record.environment}`;
  const seen = { record: '', run: '', rollout: '', rolloutFailed: false };
  let quiet = 0;
  const news = (key: 'record' | 'run' | 'rollout', line: string) => {
    if (seen[key] === line) {
      return false;
    }
    seen[key] = line;
    logger.info(line);
    return true;
  };
  const report = () => {
    let told = news(
      'record',
      `Rollback ${record.id} is ${record.outcome}: ${record.message}${
        record.verification.status === 'not-run'
          ? ''
          : `; verification ${describeVerification(record.verification)}`
      }`,
    );
    if (record.run) {
      const url = safeHttpUrl(record.run.url);
      told =
        news(
          'run',
          `Pipeline run ${record.run.id}${
            record.run.conclusion ? ` (${record.run.conclusion})` : ''
          }${url ? `: ${url}` : ''}`,
        ) || told;
    }
    return told;
  };

  report();
  while (record.outcome === 'in-progress') {
    let told = false;
    try {
      const rollout = await client.getRollout({
        ...call,
        environment: record.environment,
        kind,
        name,
      });
      told = news(
        'rollout',
        `Rollout of ${kind} ${name}: ${describeRollout(rollout)}`,
      );
    } catch (error) {
      if (!seen.rolloutFailed) {
        seen.rolloutFailed = true;
        logger.warn(
          `Could not read the rollout of ${kind} ${name} (${
            error instanceof Error ? error.message : 'unknown error'
          }); still waiting for the rollback's own verification`,
        );
      }
    }
    const left = deadline - now();
    if (left <= 0) {
      throw new RollbackError({
        rollbackId: record.id,
        outcome: record.outcome,
        message: `Rollback ${record.id} is still in progress after ${seconds(
          now() - started,
        )} s (${
          record.message
        }); the backend keeps verifying it, see its record`,
      });
    }
    if (told) {
      quiet = 0;
    } else if (++quiet >= QUIET_POLLS) {
      quiet = 0;
      logger.info(
        `Still waiting for ${what} (${seconds(
          now() - started,
        )} s of at most ${seconds(wait.timeoutMs)} s)`,
      );
    }
    await sleepUnlessCancelled(Math.min(wait.intervalMs, left), call.signal);
    record = await client.getRollback({ ...call, rollbackId: record.id });
    if (report()) {
      quiet = 0;
    }
  }
  return record;
}
