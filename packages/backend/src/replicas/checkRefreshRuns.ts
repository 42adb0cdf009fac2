import { RefreshRun } from './refreshRunsOf';

/**
 * What the refresh runs show about the global task's coordination: no two runs overlap (one
 * replica at a time holds the task), and there are no more runs than intervals (the replicas do
 * not each run it every interval). Returns the failures (empty when coordinated) and a summary.
 *
 * @param runs - the runs of both replicas, oldest first
 * @param frequencyMs - the task's frequency
 * @param slackMs - tolerance for the time a log line takes to reach the test
 */
export function checkRefreshRuns(
  runs: readonly RefreshRun[],
  frequencyMs: number,
  slackMs = 100,
): { failures: string[]; summary: Record<string, unknown> } {
  const failures: string[] = [];
  if (runs.length < 3) {
    failures.push(`only ${runs.length} refresh runs were logged (expected 3+)`);
  }
  for (let i = 1; i < runs.length; i++) {
    if (runs[i].start + slackMs < runs[i - 1].end) {
      failures.push(
        `refresh runs overlap: ${runs[i - 1].replica} until ${
          runs[i - 1].end
        }, ${runs[i].replica} from ${runs[i].start}`,
      );
    }
  }
  const windowMs = runs.length
    ? runs[runs.length - 1].start - runs[0].start
    : 0;
  const maxRuns = Math.floor(windowMs / frequencyMs) + 2;
  if (runs.length > maxRuns) {
    failures.push(
      `${runs.length} refresh runs in ${windowMs} ms: more than one per ${frequencyMs} ms interval (at most ${maxRuns})`,
    );
  }
  const byReplica: Record<string, number> = {};
  for (const run of runs)
    byReplica[run.replica] = (byReplica[run.replica] ?? 0) + 1;
  return {
    failures,
    summary: { runs: runs.length, windowMs, maxRuns, byReplica },
  };
}
