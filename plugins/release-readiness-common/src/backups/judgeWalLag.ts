import { formatAge } from './formatAge';
import { isoAge } from './isoAge';
import type { BackupJudgement } from './judgement';
import type { BackupObservation } from './types';

/**
 * Judges the WAL archiving lag: `pass` up to `maxLagMs` (included), `fail` above, `unknown`
 * without a value.
 *
 * @remarks
 * The lag grows while nothing is archived, so a value read at `fetchedAt` is at most
 * `lag + (now − fetchedAt)` at `now`: that bound is judged, so an old (e.g. stale) reading
 * never looks fresher than it can be.
 *
 * @internal
 */
export function judgeWalLag(
  observation: BackupObservation,
  maxLagMs: number,
  nowMs: number,
  fetchedAt: string | undefined,
): BackupJudgement {
  const { lagSeconds } = observation;
  const lastSuccess =
    observation.lastSuccessAt !== undefined &&
    !Number.isNaN(Date.parse(observation.lastSuccessAt))
      ? new Date(Date.parse(observation.lastSuccessAt)).toISOString()
      : undefined;
  if (lagSeconds === undefined || !Number.isFinite(lagSeconds)) {
    return {
      status: 'unknown',
      detail: 'No WAL archiving lag is known: unknown, never fresh',
      ...(lastSuccess && { lastSuccess }),
    };
  }
  const readMs = fetchedAt === undefined ? NaN : Date.parse(fetchedAt);
  const sinceReadMs = Number.isNaN(readMs) ? 0 : Math.max(0, nowMs - readMs);
  const readLagMs = Math.max(0, lagSeconds) * 1000;
  const lagMs = readLagMs + sinceReadMs;
  const lag =
    sinceReadMs >= 1000
      ? `up to ${formatAge(lagMs)} (${formatAge(
          readLagMs,
        )} when read ${formatAge(sinceReadMs)} ago)`
      : formatAge(lagMs);
  return {
    status: lagMs <= maxLagMs ? 'pass' : 'fail',
    detail: `WAL archiving lag ${lag}, max lag ${formatAge(maxLagMs)}`,
    ...(lastSuccess && { lastSuccess }),
    age: isoAge(lagMs),
  };
}
