import { Config, readDurationFromConfig } from '@backstage/config';
import { humanDurationToMs } from './humanDurationToMs';

/** The collector's default timeout (the backend's `DEFAULT_COLLECTOR_OPTIONS.timeoutMs`). */
export const DEFAULT_COLLECTOR_TIMEOUT_MS = 5_000;

/**
 * `releaseReadiness.collector.timeout` in milliseconds (default 5 s). The backend validates the
 * collector's configuration itself; a bad value here means the default.
 */
export function readCollectorTimeoutMs(root: Config): number {
  const collector = root.getOptionalConfig('releaseReadiness.collector');
  if (!collector?.has('timeout')) {
    return DEFAULT_COLLECTOR_TIMEOUT_MS;
  }
  try {
    const ms = humanDurationToMs(
      readDurationFromConfig(collector, { key: 'timeout' }),
    );
    return ms > 0 ? ms : DEFAULT_COLLECTOR_TIMEOUT_MS;
  } catch {
    return DEFAULT_COLLECTOR_TIMEOUT_MS;
  }
}
