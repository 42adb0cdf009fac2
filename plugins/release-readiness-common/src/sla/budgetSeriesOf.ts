import { remainingBudget } from './remainingBudget';
import type {
  ErrorBudgetResult,
  SlaServiceMeasurement,
  SloObjectiveDefinition,
} from './types';

/**
 * The budget left at each moment of `measurement.series` (cumulative request and error counts
 * since the start of the SLO window), for the sparkline.
 *
 * @remarks
 * Pure. Only availability budgets have one: the series carries errors, not latency. A moment
 * without traffic, with unusable counts or with fewer requests than `minRequests` is null, and so
 * is every moment when the source warned of partial data. An absent error series counts as 0.
 *
 * @internal
 */
export function budgetSeriesOf(
  objective: SloObjectiveDefinition,
  measurement: SlaServiceMeasurement | undefined,
  partial: boolean,
): ErrorBudgetResult['series'] {
  if (objective.kind !== 'availability' || !measurement?.series) {
    return undefined;
  }
  const remainingAt = (
    total: number | null,
    errors: number | null,
  ): number | null => {
    const bad = errors ?? 0;
    if (
      partial ||
      total === null ||
      !Number.isFinite(total) ||
      total <= 0 ||
      total < objective.minRequests ||
      !Number.isFinite(bad) ||
      bad < 0
    ) {
      return null;
    }
    return remainingBudget(objective.target, Math.min(bad, total) / total);
  };
  return measurement.series.map(point => ({
    at: point.at,
    remaining: remainingAt(point.total, point.errors),
  }));
}
