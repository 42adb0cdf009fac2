import { percentile } from './percentile';
import { LoadSample } from './runLoad';

const latency = (samples: readonly LoadSample[]) => ({
  requests: samples.length,
  p50: Math.round(
    percentile(
      samples.map(s => s.ms),
      50,
    ),
  ),
  p99: Math.round(
    percentile(
      samples.map(s => s.ms),
      99,
    ),
  ),
});

const is2xx = (s: LoadSample) => s.status >= 200 && s.status < 300;

/**
 * What the load around the kill showed: no 5xx at all; every request to the survivor 2xx;
 * requests to the killed replica after the kill failed at the connection level (counted apart);
 * latencies before the kill (both replicas) and after it (the survivor). Returns the failures.
 */
export function summariseLoad(
  samples: readonly LoadSample[],
  survivor: string,
  killed: string,
): { failures: string[]; summary: Record<string, unknown> } {
  const failures: string[] = [];
  const toSurvivor = samples.filter(s => s.replica === survivor);
  const toKilled = samples.filter(s => s.replica === killed);
  const killedAfter = toKilled.filter(s => s.phase !== 'before');
  const serverErrors = samples.filter(s => s.status >= 500).length;
  const survivorNon2xx = toSurvivor.filter(s => !is2xx(s)).length;
  const survivorAfter = toSurvivor.filter(s => s.phase === 'after');
  if (serverErrors > 0) failures.push(`${serverErrors} 5xx answers under load`);
  if (survivorNon2xx > 0) {
    failures.push(
      `the survivor answered ${survivorNon2xx} requests with non-2xx`,
    );
  }
  if (toKilled.some(s => s.phase === 'after' && s.status !== 0)) {
    failures.push('the killed replica answered after the kill');
  }
  if (survivorAfter.length < 50) {
    failures.push(
      `only ${survivorAfter.length} requests reached the survivor after the kill`,
    );
  }
  return {
    failures,
    summary: {
      requests: samples.length,
      survivor,
      killed,
      serverErrors,
      survivorNon2xx,
      toKilledReplica: {
        beforeKill: toKilled.filter(s => s.phase === 'before').length,
        duringOrAfterKill: killedAfter.length,
        connectionFailures: toKilled.filter(s => s.status === 0).length,
        answered2xxDuringKill: killedAfter.filter(is2xx).length,
      },
      latencyBeforeKill: latency(samples.filter(s => s.phase === 'before')),
      latencyAfterKillSurvivor: latency(survivorAfter),
    },
  };
}
