import type { SloObjectiveResult } from '@release-readiness/plugin-release-readiness-common';
import { englishTranslate } from '../../translations';
import { formatPercent, type Formatters } from '../shared';

/** English, as before translations: what pure callers and tests get without formatters. */
const ENGLISH: Pick<Formatters, 't' | 'formatPercent'> = {
  t: englishTranslate,
  formatPercent,
};

/** A latency threshold in seconds: `100 ms` below a second, `1.5 s` from a second on. */
export function formatThreshold(seconds: number): string {
  return seconds < 1
    ? `${Number((seconds * 1000).toFixed(3))} ms`
    : `${Number(seconds.toFixed(3))} s`;
}

/**
 * An objective's target in one phrase: `≥ 99.9%` (availability), `≥ 99% within 100 ms`
 * (latency), `≤ 0.1% errors` (error rate); in English unless given the viewer's formatters
 * (`useFormatters()`).
 */
export function describeTarget(
  objective: Pick<SloObjectiveResult, 'kind' | 'target' | 'threshold'>,
  formatters: Pick<Formatters, 't' | 'formatPercent'> = ENGLISH,
): string {
  const { t } = formatters;
  const target = formatters.formatPercent(objective.target);
  switch (objective.kind) {
    case 'error-rate':
      return t('sla.target.errorRate', { target });
    case 'latency':
      return t('sla.target.latency', {
        target,
        threshold: formatThreshold(objective.threshold ?? 0),
      });
    default:
      return `≥ ${target}`;
  }
}
