import { ConfigReader, readDurationFromConfig } from '@backstage/config';
import { humanDurationToMs } from './humanDurationToMs';

/**
 * Milliseconds of a configured timeout: a number of milliseconds (`10000`), a duration string
 * (`10s`, `PT10S`) or a duration object (`{ seconds: 10 }`). Undefined when it is none of these or
 * not longer than zero.
 */
export function parseTimeoutMs(
  value: number | string | Record<string, number>,
): number | undefined {
  let ms: number;
  if (typeof value === 'number') {
    ms = value;
  } else {
    try {
      ms = humanDurationToMs(
        readDurationFromConfig(new ConfigReader({ timeout: value }), {
          key: 'timeout',
        }),
      );
    } catch {
      return undefined;
    }
  }
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms) : undefined;
}
