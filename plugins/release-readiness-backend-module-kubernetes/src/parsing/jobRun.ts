import type { V1Job } from '@kubernetes/client-node';
import type { WorkloadJobRun } from '@release-readiness/plugin-release-readiness-common';
import { toIsoTime } from './toIsoTime';

function hasCondition(job: V1Job, types: string[]): boolean {
  return (job.status?.conditions ?? []).some(
    c => types.includes(c.type) && c.status === 'True',
  );
}

/**
 * A Job's outcome from its conditions: `Complete` (or `SuccessCriteriaMet`) is success, `Failed`
 * (or `FailureTarget`) is failure, anything else is still running.
 */
export function jobRun(job: V1Job): WorkloadJobRun {
  let status: WorkloadJobRun['status'] = 'running';
  if (hasCondition(job, ['Failed', 'FailureTarget'])) {
    status = 'failed';
  } else if (hasCondition(job, ['Complete', 'SuccessCriteriaMet'])) {
    status = 'succeeded';
  }
  const startTime = toIsoTime(job.status?.startTime);
  const completionTime = toIsoTime(job.status?.completionTime);
  return {
    name: job.metadata?.name ?? '',
    status,
    ...(startTime && { startTime }),
    ...(completionTime && { completionTime }),
  };
}
