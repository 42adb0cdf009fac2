import type { SlaServiceMeasurement } from '@release-readiness/plugin-release-readiness-common';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import type { RangeSeries } from '../client/PrometheusResults';
import type { SeriesPlan } from './planSeries';

type SeriesPoints = NonNullable<SlaServiceMeasurement['series']>;

/**
 * Cumulative counts at each moment of `plan` from the per-step increases of the total and error
 * range queries: each moment's count is the sum of the increases up to it, i.e. the requests
 * (errors) since the start of the series' window. A count is null until its series has a first
 * point (no data yet); a step without a point after that adds nothing.
 */
export function cumulativeSeries(
  plan: SeriesPlan,
  total: RangeSeries[],
  errors: RangeSeries[],
  server: string,
): SeriesPoints {
  const totals = pointsByTime(total, server);
  const errorCounts = pointsByTime(errors, server);
  const result: SeriesPoints = [];
  let runningTotal: number | null = null;
  let runningErrors: number | null = null;
  for (let k = 0; k < plan.count; k++) {
    const t = plan.startMs + k * plan.stepMs;
    runningTotal = add(runningTotal, totals.get(t));
    runningErrors = add(runningErrors, errorCounts.get(t));
    result.push({
      at: new Date(t).toISOString(),
      total: runningTotal,
      errors: runningErrors,
    });
  }
  return result;
}

function add(running: number | null, value: number | undefined) {
  if (value === undefined || !Number.isFinite(value)) {
    return running;
  }
  return (running ?? 0) + value;
}

function pointsByTime(series: RangeSeries[], server: string) {
  if (series.length > 1) {
    throw new SourceUnavailableError(
      'BAD_RESPONSE',
      `The answer of Prometheus ${server} holds ${series.length} series where a sum has one`,
    );
  }
  return new Map((series[0]?.points ?? []).map(p => [p.t, p.value]));
}
