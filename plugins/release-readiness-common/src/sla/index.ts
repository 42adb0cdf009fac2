export type {
  BurnRate,
  ErrorBudgetResult,
  SlaMeasurements,
  SlaResponse,
  SlaServiceDefinition,
  SlaServiceMeasurement,
  SlaServiceResult,
  SlaStatus,
  SlaWindowCounts,
  SloKind,
  SloObjectiveDefinition,
  SloObjectiveResult,
  SloRole,
} from './types';
export { evaluateSlaService } from './evaluateSlaService';
export { evaluateSloObjective } from './evaluateSloObjective';
export type { EvaluateSlaOptions } from './evaluateSloObjective';
export { errorBudgetOf } from './errorBudgetOf';
export { burnRatesOf } from './burnRatesOf';
export { BURN_RATE_WINDOWS } from './burnRateWindows';
export type { BurnRateWindow } from './burnRateWindows';
export { budgetObjectiveOf } from './budgetObjectiveOf';
export { remainingBudget } from './remainingBudget';
export { resolveSloWindow } from './resolveSloWindow';
export { sloPeriodHours } from './sloPeriodHours';
export { sloWindows } from './sloWindows';
export { toErrorBudgets } from './toErrorBudgets';
export { worstSlaStatus } from './worstSlaStatus';
