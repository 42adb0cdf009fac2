import { budgetSeriesOf } from './budgetSeriesOf';
import { burnRatesOf } from './burnRatesOf';
import type { EvaluateSlaOptions } from './evaluateSloObjective';
import { remainingBudget } from './remainingBudget';
import { sliCountsOf } from './sliCountsOf';
import { sloPeriodHours } from './sloPeriodHours';
import type {
  ErrorBudgetResult,
  SlaServiceMeasurement,
  SloObjectiveDefinition,
  SloObjectiveResult,
} from './types';

/**
 * The error budget of an objective, from its judged result and the measurement.
 *
 * @remarks
 * Pure. `remaining` is `((1 − target) − badRatio) / (1 − target)` over the objective's window,
 * below 0 when overspent. It is null whenever the objective is `unknown` (no data, insufficient
 * data, partial data), so that a budget is never shown as left without proof. Burn rates: see
 * {@link burnRatesOf}; the thresholds are scaled to the objective's period.
 *
 * @public
 */
export function errorBudgetOf(
  objective: SloObjectiveDefinition,
  result: SloObjectiveResult,
  measurement: SlaServiceMeasurement | undefined,
  options: EvaluateSlaOptions,
): ErrorBudgetResult {
  const judged = result.status === 'pass' || result.status === 'fail';
  const reading = sliCountsOf(
    objective.kind,
    objective.threshold,
    measurement?.windows.find(w => w.window === result.window),
  );
  const series = budgetSeriesOf(
    objective,
    measurement,
    (options.warnings ?? []).length > 0,
  );
  return {
    objective: objective.id,
    remaining:
      judged && reading.kind === 'counts'
        ? remainingBudget(objective.target, reading.bad / reading.total)
        : null,
    burnRates: burnRatesOf(
      objective,
      measurement,
      sloPeriodHours(objective.window, options.at),
    ),
    ...(series && { series }),
  };
}
