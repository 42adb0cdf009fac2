import type { SlaServiceMeasurement } from '@release-readiness/plugin-release-readiness-common';
import type { InstantResult, RangeSeries } from '../client/PrometheusResults';
import type { BucketBoundary } from './BucketBoundary';
import { buildSlaQueries } from './buildSlaQueries';
import { cumulativeSeries } from './cumulativeSeries';
import { planSeries } from './planSeries';
import { planWithin } from './planWithin';
import { singleValue } from './singleValue';
import type { SlaServicePlan } from './SlaServicePlan';

/** What the queries of one window answered. */
interface WindowSlot {
  total: number | null;
  errors: number | null;
  buckets: Map<string, number | null>;
}

/** How the jobs of a service reach Prometheus. */
export interface SlaQueryRunner {
  server: string;
  atMs: number;
  instant(expr: string, signal: AbortSignal): Promise<InstantResult>;
  range(
    expr: string,
    range: { startMs: number; endMs: number; stepMs: number },
    signal: AbortSignal,
  ): Promise<RangeSeries[]>;
}

/**
 * The queries of one service as jobs (to run with bounded concurrency) and a function that
 * assembles the measurement once they all have run: per window the total, the errors and the
 * buckets each threshold needs; the budget series when asked.
 */
export function serviceJobs(
  plan: SlaServicePlan,
  boundaries: readonly BucketBoundary[],
  runner: SlaQueryRunner,
): {
  jobs: Array<(signal: AbortSignal) => Promise<void>>;
  assemble: () => SlaServiceMeasurement;
} {
  const queries = buildSlaQueries(plan);
  const jobs: Array<(signal: AbortSignal) => Promise<void>> = [];
  const value = async (expr: string, signal: AbortSignal) =>
    singleValue(await runner.instant(expr, signal), runner.server);
  const withins = plan.thresholds.map(threshold => ({
    threshold,
    within: planWithin(threshold, boundaries),
  }));
  const les = [...new Set(withins.flatMap(w => w.within.les))];

  const windows = plan.windows.map(({ window, ms }) => {
    const slot: WindowSlot = {
      total: null,
      errors: null,
      buckets: new Map(),
    };
    // An empty window (a calendar month at its first moment) has no data, and no query.
    if (ms > 0) {
      jobs.push(async signal => {
        slot.total = await value(queries.total(ms), signal);
      });
      jobs.push(async signal => {
        slot.errors = await value(queries.errors(ms), signal);
      });
      for (const le of les) {
        jobs.push(async signal => {
          slot.buckets.set(le, await value(queries.bucket(ms, le), signal));
        });
      }
    }
    return () => ({
      window,
      total: slot.total,
      errors: slot.errors,
      ...(withins.length > 0 && {
        within: withins.map(w => ({
          threshold: w.threshold,
          count: w.within.count(slot.buckets),
        })),
      }),
    });
  });

  let series: (() => SlaServiceMeasurement['series']) | undefined;
  if (plan.series && plan.series.ms > 0) {
    const seriesPlan = planSeries(
      plan.series.ms,
      plan.series.points,
      runner.atMs,
    );
    const range = {
      startMs: seriesPlan.startMs,
      endMs: seriesPlan.endMs,
      stepMs: seriesPlan.stepMs,
    };
    const slot: { total: RangeSeries[]; errors: RangeSeries[] } = {
      total: [],
      errors: [],
    };
    jobs.push(async signal => {
      slot.total = await runner.range(
        queries.total(seriesPlan.stepMs),
        range,
        signal,
      );
    });
    jobs.push(async signal => {
      slot.errors = await runner.range(
        queries.errors(seriesPlan.stepMs),
        range,
        signal,
      );
    });
    series = () =>
      cumulativeSeries(seriesPlan, slot.total, slot.errors, runner.server);
  }

  return {
    jobs,
    assemble: () => ({
      service: plan.name,
      windows: windows.map(w => w()),
      ...(plan.thresholds.length > 0 && {
        bucketBoundaries: boundaries
          .filter(b => Number.isFinite(b.bound))
          .map(b => b.bound),
      }),
      ...(series && { series: series() }),
    }),
  };
}
