import type { V1CronJob } from '@kubernetes/client-node';
import type { WorkloadJobRun } from '@release-readiness/plugin-release-readiness-common';
import type { RolloutVerdict } from './deploymentRollout';

/**
 * A CronJob has no rollout; the board shows how its last run went instead: suspended is
 * `paused`, then the last Job's outcome (`complete`, `failed`, `progressing` while it runs), and
 * `unknown` when no Job of it exists (never ran, or its Jobs were cleaned up).
 */
export function cronJobRollout(
  cronJob: V1CronJob,
  lastJob: WorkloadJobRun | undefined,
): RolloutVerdict {
  const name = cronJob.metadata?.name ?? '';
  if (cronJob.spec?.suspend) {
    return { status: 'paused', message: `cronjob "${name}" is suspended` };
  }
  if (!lastJob) {
    return {
      status: 'unknown',
      message: `cronjob "${name}" has no job to judge (it has not run, or its jobs were removed)`,
    };
  }
  switch (lastJob.status) {
    case 'succeeded':
      return {
        status: 'complete',
        message: `last job "${lastJob.name}" succeeded`,
      };
    case 'failed':
      return { status: 'failed', message: `last job "${lastJob.name}" failed` };
    default:
      return {
        status: 'progressing',
        message: `job "${lastJob.name}" is running`,
      };
  }
}
