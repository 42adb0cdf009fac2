import type { V1Job } from '@kubernetes/client-node';
import { jobRun } from '../parsing/jobRun';
import { toIsoTime } from '../parsing/toIsoTime';
import { describeCondition } from './describeCondition';

/** How one Job went, as the backup sources judge it. */
export interface JobOutcome {
  name: string;
  /** From its conditions ({@link jobRun}): `Complete` is success, `Failed` failure. */
  status: 'succeeded' | 'failed' | 'running';
  /** When it began: `status.startTime`, else its creation. */
  startedAt?: string;
  /**
   * When it ended: its `completionTime` (success), or when its `Failed` condition became true
   * (failure); absent while it runs, or when the Job records no such time.
   */
  finishedAt?: string;
  /** A failed Job's reason and message ({@link describeCondition}). */
  failure?: string;
}

/** The outcome of a Job: its status, start and end, and why it failed. */
export function jobOutcome(job: V1Job): JobOutcome {
  const run = jobRun(job);
  const startedAt = run.startTime ?? toIsoTime(job.metadata?.creationTimestamp);
  if (run.status === 'failed') {
    const condition = (job.status?.conditions ?? []).find(
      c => ['Failed', 'FailureTarget'].includes(c.type) && c.status === 'True',
    );
    const failure = condition && describeCondition(condition);
    const finishedAt = toIsoTime(condition?.lastTransitionTime);
    return {
      name: run.name,
      status: 'failed',
      ...(startedAt && { startedAt }),
      ...(finishedAt && { finishedAt }),
      ...(failure && { failure }),
    };
  }
  return {
    name: run.name,
    status: run.status,
    ...(startedAt && { startedAt }),
    ...(run.status === 'succeeded' &&
      run.completionTime && { finishedAt: run.completionTime }),
  };
}
