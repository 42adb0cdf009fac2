import { promqlDuration } from '../promql/promqlDuration';
import { renderLabelMatchers } from '../promql/renderLabelMatchers';
import type { SlaServicePlan } from './SlaServicePlan';

/** The PromQL of one service's SLA queries, rendered from its parsed matchers. */
export interface SlaQueries {
  /** Requests in the window: `sum(increase(<metric>_count{<selector>}[<w>]))`. */
  total(rangeMs: number): string;
  /** Errors: `sum(increase(<metric>_count{<selector>,<errors>}[<w>]))`. */
  errors(rangeMs: number): string;
  /** Requests within a bucket: `sum(increase(<metric>_bucket{<selector>,le="<le>"}[<w>]))`. */
  bucket(rangeMs: number, le: string): string;
  /** The bucket boundaries: `count by (le) (<metric>_bucket{<selector>})`. */
  boundaries(): string;
  /**
   * The newest sample's time: `max(timestamp(<metric>_count{<selector>}))`, empty when no
   * series has a sample within Prometheus' lookback (5 minutes by default) before the query's time.
   */
  newestSample(): string;
}

/**
 * Builds the queries of one service. `increase` is taken per series and then summed ("rate
 * first, then aggregate"), so that a counter reset of one series is handled by Prometheus'
 * reset detection instead of showing up as a drop of the sum.
 */
export function buildSlaQueries(plan: SlaServicePlan): SlaQueries {
  const selector = renderLabelMatchers(plan.selector);
  const errors = renderLabelMatchers([...plan.selector, ...plan.errors]);
  const increase = (series: string, rangeMs: number) =>
    `sum(increase(${series}[${promqlDuration(rangeMs)}]))`;
  return {
    total: rangeMs => increase(`${plan.metric}_count{${selector}}`, rangeMs),
    errors: rangeMs => increase(`${plan.metric}_count{${errors}}`, rangeMs),
    bucket: (rangeMs, le) =>
      increase(
        `${plan.metric}_bucket{${selector},le=${JSON.stringify(le)}}`,
        rangeMs,
      ),
    boundaries: () => `count by (le) (${plan.metric}_bucket{${selector}})`,
    newestSample: () => `max(timestamp(${plan.metric}_count{${selector}}))`,
  };
}
