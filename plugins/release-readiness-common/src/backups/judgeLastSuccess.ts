import { formatAge } from './formatAge';
import { isoAge } from './isoAge';
import type { BackupJudgement } from './judgement';
import type { BackupObservation } from './types';

/**
 * Judges a backup or a restore test by the age of its last success at `nowMs`: `pass` within
 * `limitMs` (exactly the limit included), `fail` beyond; a last run that failed after the last
 * success makes a fresh item `warn`; no success time is `unknown`, never fresh.
 *
 * @internal
 */
export function judgeLastSuccess(
  observation: BackupObservation,
  what: { noun: string; limit: string },
  limitMs: number,
  nowMs: number,
): BackupJudgement {
  const lastMs =
    observation.lastSuccessAt === undefined
      ? NaN
      : Date.parse(observation.lastSuccessAt);
  const lastRunMs =
    observation.lastRun === undefined
      ? NaN
      : Date.parse(observation.lastRun.at);
  const lastRunFailed =
    observation.lastRun !== undefined &&
    !observation.lastRun.succeeded &&
    !Number.isNaN(lastRunMs);
  const failedRun = () => {
    const run = observation.lastRun;
    const detail = run?.detail ? ` (${run.detail})` : '';
    return `the last run ${formatAge(nowMs - lastRunMs)} ago failed${detail}`;
  };
  if (Number.isNaN(lastMs)) {
    return {
      status: 'unknown',
      detail: `No successful ${what.noun} is known: unknown, never fresh${
        lastRunFailed ? `; ${failedRun()}` : ''
      }`,
    };
  }
  const ageMs = Math.max(0, nowMs - lastMs);
  const fresh = ageMs <= limitMs;
  const failedSince = lastRunFailed && lastRunMs > lastMs;
  let status: BackupJudgement['status'] = 'pass';
  if (!fresh) {
    status = 'fail';
  } else if (failedSince) {
    status = 'warn';
  }
  const subject =
    what.noun === 'backup' ? 'Last success' : `Last successful ${what.noun}`;
  return {
    status,
    detail: `${subject} ${formatAge(ageMs)} ago, ${what.limit} ${formatAge(
      limitMs,
    )}${failedSince ? `; ${failedRun()}` : ''}`,
    lastSuccess: new Date(lastMs).toISOString(),
    age: isoAge(ageMs),
  };
}
