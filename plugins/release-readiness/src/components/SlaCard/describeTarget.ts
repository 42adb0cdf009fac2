import type { SloObjectiveResult } from '@release-readiness/plugin-release-readiness-common';
import { formatPercent } from '../shared';

/** A latency threshold in seconds: `100 ms` below a second, `1.5 s` from a second on. */
export function formatThreshold(seconds: number): string {
  return seconds < 1
    ? `${Number((seconds * 1000).toFixed(3))} ms`
    : `${Number(seconds.toFixed(3))} s`;
}

/**
 * An objective's target in one phrase: `≥ 99.9%` (availability), `≥ 99% within 100 ms`
 * (latency), `≤ 0.1%` (error rate).
 */
export function describeTarget(
  objective: Pick<SloObjectiveResult, 'kind' | 'target' | 'threshold'>,
): string {
  const target = formatPercent(objective.target);
  switch (objective.kind) {
    case 'error-rate':
      return `≤ ${target} errors`;
    case 'latency':
      return `≥ ${target} within ${formatThreshold(objective.threshold ?? 0)}`;
    default:
      return `≥ ${target}`;
  }
}
