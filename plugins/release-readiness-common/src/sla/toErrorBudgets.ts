import type { ErrorBudgets } from '../readiness/inputTypes';
import type { SlaServiceResult } from './types';

/**
 * The input of the `error-budget` readiness rule: one entry per service with an error budget,
 * named `<service>/<objective>`, e.g. `api-gateway/availability`.
 *
 * @remarks
 * Pure. The budget left is null (the rule then reads `unknown`) whenever its objective is not
 * judged `pass` or `fail`: no data, insufficient data or partial data never count as budget
 * left. Services without a budget (no availability or latency `slo` objective) are not listed.
 *
 * @public
 */
export function toErrorBudgets(results: SlaServiceResult[]): ErrorBudgets {
  return {
    objectives: results.flatMap(service => {
      const budget = service.errorBudget;
      if (!budget) {
        return [];
      }
      const objective = service.objectives.find(o => o.id === budget.objective);
      const judged =
        objective?.status === 'pass' || objective?.status === 'fail';
      return [
        {
          name: `${service.name}/${budget.objective}`,
          remaining: judged ? budget.remaining : null,
        },
      ];
    }),
  };
}
