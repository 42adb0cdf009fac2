import type { V1CronJob, V1Job } from '@kubernetes/client-node';
import type { BackupObservation } from '@release-readiness/plugin-release-readiness-common';
import { toIsoTime } from '../parsing/toIsoTime';
import { jobOutcome } from './jobOutcome';
import { newest } from './newest';
import { summarizeJobs } from './summarizeJobs';

/**
 * A backup CronJob, observed: the last success is the later of its `status.lastSuccessfulTime`
 * and the completion of its Jobs that succeeded (the Jobs it controls, which the caller found by
 * owner reference; the status outlives cleaned-up Jobs); the last run is its newest finished Job,
 * a failure with the failed condition's reason and message. No success on record leaves
 * `lastSuccessAt` out (the item reads unknown, never fresh).
 */
export function observeCronJob(
  cronJob: V1CronJob,
  jobs: V1Job[],
): BackupObservation {
  const name = cronJob.metadata?.name ?? '';
  const summary = summarizeJobs(jobs.map(jobOutcome));
  const lastSuccessAt = newest(
    toIsoTime(cronJob.status?.lastSuccessfulTime),
    summary.lastSuccess?.finishedAt,
  );
  const byJob =
    summary.lastSuccess && summary.lastSuccess.finishedAt === lastSuccessAt
      ? ` (Job ${summary.lastSuccess.name})`
      : '';
  const parts = [
    lastSuccessAt
      ? `CronJob ${name}: last success ${lastSuccessAt}${byJob}`
      : `CronJob ${name} has no successful run on record`,
    summary.lastRun && !summary.lastRun.succeeded && summary.lastRun.detail,
    summary.running && `Job ${summary.running.name} is running`,
    cronJob.spec?.suspend && 'the CronJob is suspended',
  ];
  return {
    ...(lastSuccessAt && { lastSuccessAt }),
    ...(summary.lastRun && { lastRun: summary.lastRun }),
    detail: parts.filter(Boolean).join('; '),
  };
}
