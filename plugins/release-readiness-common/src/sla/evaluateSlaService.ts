import { budgetObjectiveOf } from './budgetObjectiveOf';
import { errorBudgetOf } from './errorBudgetOf';
import {
  evaluateSloObjective,
  type EvaluateSlaOptions,
} from './evaluateSloObjective';
import { worstSlaStatus } from './worstSlaStatus';
import type {
  SlaServiceDefinition,
  SlaServiceMeasurement,
  SlaServiceResult,
  SlaStatus,
} from './types';

/**
 * Judges one service's objectives and error budget from what its source measured.
 *
 * @remarks
 * Pure: no I/O, no clock (`options.at` is the moment measured). Each objective is judged from
 * the counts of its window (see {@link evaluateSloObjective}); a `calendar-month` window is
 * looked up as {@link resolveSloWindow} resolves it. The error budget is that of the service's
 * main objective (see {@link budgetObjectiveOf}; see {@link errorBudgetOf}). The service's
 * status is the worst of its `slo` objectives and its firing rollback triggers (`fail` over
 * `unknown` over `warn` over `pass`); without any `slo` objective and no firing trigger it is
 * `unknown`. Without a measurement every objective reads "no data"; with the source's warnings
 * every objective is `unknown`.
 *
 * @param measurement - the source's counts for this service; undefined when it has none
 * @public
 */
export function evaluateSlaService(
  definition: SlaServiceDefinition,
  measurement: SlaServiceMeasurement | undefined,
  options: EvaluateSlaOptions,
): SlaServiceResult {
  const objectives = definition.objectives.map(o =>
    evaluateSloObjective(o, measurement, options),
  );
  const main = budgetObjectiveOf(definition);
  const mainResult = main && objectives.find(r => r.id === main.id);
  const statuses: SlaStatus[] = objectives.flatMap(r => {
    if (r.role === 'slo') {
      return [r.status];
    }
    return r.role === 'rollback-trigger' && r.firing ? ['fail' as const] : [];
  });
  const firstSlo = objectives.find(r => r.role === 'slo');
  return {
    name: definition.name,
    window: (mainResult ?? firstSlo ?? objectives[0])?.window ?? '',
    objectives,
    ...(main &&
      mainResult && {
        errorBudget: errorBudgetOf(main, mainResult, measurement, options),
      }),
    status: worstSlaStatus(statuses),
  };
}
