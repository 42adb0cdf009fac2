import type {
  BackupItemKind,
  BackupObservation,
} from '@release-readiness/plugin-release-readiness-common';
import type { InstantResult } from '../client/PrometheusResults';

/** A timestamp above this is in milliseconds, not seconds (it would be after the year 5000). */
const MAX_UNIX_SECONDS = 1e11;
/** A last success this far in the future is not believed (clock skew allowed). */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * The observation of one backup item from its query's answer at `nowMs`:
 *
 * - `backup` / `restore-test`: the value is the UNIX time (seconds) of the last success. Of
 *   several series the **oldest** counts (one stale backup is not hidden by a fresh one). A value
 *   that is not a plausible time (not above zero, in milliseconds, in the future) is no success.
 * - `wal-lag`: the value is the lag in seconds; of several series the **largest** counts; the
 *   last success is `nowMs` minus the lag. A negative lag is not believed.
 * - no series: no `lastSuccessAt` (unknown, never fresh).
 */
export function readBackupValue(
  result: InstantResult,
  kind: BackupItemKind,
  options: { nowMs: number; server: string },
): BackupObservation {
  const from = `Prometheus ${options.server}`;
  const values =
    result.type === 'scalar'
      ? [result.value]
      : result.samples.map(s => s.value);
  if (values.length === 0) {
    return {
      detail: `${from} has no series for this query: no success is known`,
    };
  }
  const of =
    values.length > 1
      ? `, the ${kind === 'wal-lag' ? 'largest' : 'oldest'} of ${
          values.length
        } series`
      : '';
  if (values.some(v => !Number.isFinite(v))) {
    return {
      detail: `${from} answered a value that is not a number: no success is known`,
    };
  }
  if (kind === 'wal-lag') {
    const lag = Math.max(...values);
    if (lag < 0) {
      return {
        detail: `${from} answered a negative lag: no success is known`,
      };
    }
    return {
      lagSeconds: lag,
      lastSuccessAt: new Date(options.nowMs - lag * 1000).toISOString(),
      detail: `WAL archiving lag ${formatSeconds(lag)}${of} (${from})`,
    };
  }
  const oldest = Math.min(...values);
  if (
    oldest <= 0 ||
    oldest > MAX_UNIX_SECONDS ||
    oldest * 1000 > options.nowMs + FUTURE_SLACK_MS
  ) {
    return {
      detail: `${from} answered a value that is not a UNIX time in seconds up to now: no success is known`,
    };
  }
  const at = new Date(oldest * 1000).toISOString();
  return { lastSuccessAt: at, detail: `last success ${at}${of} (${from})` };
}

function formatSeconds(seconds: number): string {
  return seconds < 120
    ? `${Math.round(seconds * 10) / 10} s`
    : `${Math.round(seconds / 60)} min`;
}
