import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import type { InstantResult } from '../client/PrometheusResults';

/**
 * The value of a `sum(…)` answer: null when the vector is empty (no series: no data, never 0) or
 * the value is not a number; the scalar's value for a scalar. More than one series means the
 * answer is not what was asked: a `BAD_RESPONSE`.
 */
export function singleValue(
  result: InstantResult,
  server: string,
): number | null {
  if (result.type === 'scalar') {
    return Number.isFinite(result.value) ? result.value : null;
  }
  if (result.samples.length === 0) {
    return null;
  }
  if (result.samples.length > 1) {
    throw new SourceUnavailableError(
      'BAD_RESPONSE',
      `The answer of Prometheus ${server} holds ${result.samples.length} series where a sum has one`,
    );
  }
  const { value } = result.samples[0];
  return Number.isFinite(value) ? value : null;
}
