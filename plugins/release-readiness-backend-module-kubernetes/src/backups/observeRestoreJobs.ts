import type { V1Job } from '@kubernetes/client-node';
import type { BackupObservation } from '@release-readiness/plugin-release-readiness-common';
import { jobOutcome } from './jobOutcome';
import { summarizeJobs } from './summarizeJobs';

/**
 * Restore-test Jobs (the Jobs a label selector picks), observed: the last success is the
 * completion of the newest succeeded one; the last run is the newest finished one, a failure
 * with the failed condition's reason and message. None succeeded: no `lastSuccessAt` (unknown).
 *
 * @param where - how the detail names the Jobs, e.g. `app.kubernetes.io/component=restore-test in servanda-prod`
 */
export function observeRestoreJobs(
  jobs: V1Job[],
  where: string,
): BackupObservation {
  const summary = summarizeJobs(jobs.map(jobOutcome));
  const success = summary.lastSuccess;
  const parts = [
    success?.finishedAt
      ? `Job ${success.name} succeeded at ${success.finishedAt}`
      : `No succeeded Job ${where}`,
    summary.lastRun && !summary.lastRun.succeeded && summary.lastRun.detail,
    summary.running && `Job ${summary.running.name} is running`,
  ];
  return {
    ...(success?.finishedAt && { lastSuccessAt: success.finishedAt }),
    ...(summary.lastRun && { lastRun: summary.lastRun }),
    detail: parts.filter(Boolean).join('; '),
  };
}
