import { InputError } from '@backstage/errors';
import type { SlaMeasureRequest } from '@release-readiness/plugin-release-readiness-node';
import type { LabelMatcher } from '../promql/LabelMatcher';
import { parseLabelMatchers } from '../promql/parseLabelMatchers';
import { windowMs } from '../promql/windowMs';
import type { SlaServicePlan } from './SlaServicePlan';

/** A Prometheus metric name (the histogram's base name). */
export const METRIC_NAME = /^[A-Za-z_:][A-Za-z0-9_:]*$/;
/** Label names the SLA queries set themselves. */
export const RESERVED_LABELS = ['le'] as const;

/**
 * Parses one service of an SLA measure request into what to query: the metric name, the label
 * matchers (refusing anything that is not a matcher, see `parseLabelMatchers`), each window's
 * length at `atMs` and the thresholds. Throws an `InputError` naming the service and what is wrong.
 */
export function planSlaService(
  service: SlaMeasureRequest['services'][number],
  atMs: number,
): SlaServicePlan {
  const where = `service ${service.name}`;
  const fail = (what: string, error?: unknown) =>
    new InputError(
      `${where}: ${what}${error instanceof Error ? `: ${error.message}` : ''}`,
    );
  if (!METRIC_NAME.test(service.metric)) {
    throw fail('metric is not a Prometheus metric name');
  }
  let selector: LabelMatcher[];
  let errors: LabelMatcher[];
  try {
    selector = parseLabelMatchers(service.selector, {
      min: 1,
      reserved: RESERVED_LABELS,
    });
  } catch (error) {
    throw fail('selector', error);
  }
  try {
    errors = parseLabelMatchers(service.errorSelector, {
      min: 1,
      reserved: RESERVED_LABELS,
    });
  } catch (error) {
    throw fail('errorSelector', error);
  }
  const lengthOf = (window: string) => {
    try {
      return windowMs(window, atMs);
    } catch (error) {
      throw fail(`window ${window}`, error);
    }
  };
  const windows = [...new Set(service.windows)].map(window => ({
    window,
    ms: lengthOf(window),
  }));
  const thresholds = [...new Set(service.thresholds)];
  if (thresholds.some(t => !(Number.isFinite(t) && t > 0))) {
    throw fail('latency thresholds must be numbers of seconds above zero');
  }
  let series: SlaServicePlan['series'];
  if (service.series) {
    const { window, points } = service.series;
    if (!Number.isInteger(points) || points < 1) {
      throw fail('series points must be a whole number of at least 1');
    }
    series = { window, ms: lengthOf(window), points };
  }
  return {
    name: service.name,
    metric: service.metric,
    selector,
    errors,
    windows,
    thresholds,
    ...(series && { series }),
  };
}
