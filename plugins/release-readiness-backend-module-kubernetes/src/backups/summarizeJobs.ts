import type { BackupObservation } from '@release-readiness/plugin-release-readiness-common';
import type { JobOutcome } from './jobOutcome';

/** What the Jobs of a backup or restore test say, for a {@link BackupObservation}. */
export interface JobsSummary {
  /** The succeeded Job that finished last (only Jobs with a completion time count). */
  lastSuccess?: JobOutcome;
  /** The newest finished Job, succeeded or failed, as the observation's `lastRun`. */
  lastRun?: BackupObservation['lastRun'];
  /** The newest Job still running, when it started after the last finished one. */
  running?: JobOutcome;
}

const time = (t: string | undefined) => (t ? Date.parse(t) : -Infinity);
/** Newest first: by start (else end) time, then by name for a stable order. */
const byNewest = (a: JobOutcome, b: JobOutcome) =>
  time(b.startedAt ?? b.finishedAt) - time(a.startedAt ?? a.finishedAt) ||
  b.name.localeCompare(a.name);

/**
 * Judges a backup's or restore test's Jobs: the last success is the succeeded Job that
 * completed last; the last run is the newest finished Job (by start), succeeded or failed, at
 * its end (else its start); a Job without any time is no run. Running Jobs are neither.
 */
export function summarizeJobs(outcomes: JobOutcome[]): JobsSummary {
  const succeeded = outcomes
    .filter(o => o.status === 'succeeded' && o.finishedAt)
    .sort((a, b) => time(b.finishedAt) - time(a.finishedAt));
  const last = outcomes
    .filter(o => o.status !== 'running' && (o.finishedAt ?? o.startedAt))
    .sort(byNewest)[0];
  const lastAt = last?.finishedAt ?? last?.startedAt;
  const running = outcomes
    .filter(o => o.status === 'running')
    .sort(byNewest)[0];
  const runningLater =
    running &&
    (!last ||
      time(running.startedAt) > time(last.startedAt ?? last.finishedAt));
  return {
    ...(succeeded[0] && { lastSuccess: succeeded[0] }),
    ...(last &&
      lastAt && {
        lastRun: {
          at: lastAt,
          succeeded: last.status === 'succeeded',
          detail:
            last.status === 'succeeded'
              ? `Job ${last.name} succeeded`
              : `Job ${last.name} failed${
                  last.failure ? ` (${last.failure})` : ''
                }`,
        },
      }),
    ...(runningLater && { running }),
  };
}
