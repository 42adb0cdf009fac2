import { parseWindowDuration } from '@release-readiness/plugin-release-readiness-common';

/**
 * Milliseconds of a configured duration: a number of milliseconds (`500`) or an ISO 8601
 * duration (`PT0.5S`, `PT2S`). Undefined when it is neither, or not longer than zero.
 */
export function parseDurationMs(value: unknown): number | undefined {
  let ms: number;
  if (typeof value === 'number') {
    ms = value;
  } else if (typeof value === 'string' && /^P/i.test(value)) {
    try {
      ms = parseWindowDuration(value.toUpperCase()).as('milliseconds');
    } catch {
      return undefined;
    }
  } else {
    return undefined;
  }
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms) : undefined;
}
