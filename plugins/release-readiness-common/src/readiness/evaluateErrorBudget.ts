import type { ErrorBudgets, Sourced } from './inputTypes';
import type { ErrorBudgetRule } from './policyTypes';
import type { ReadinessEvidence, ReadinessItem } from './resultTypes';
import { listOf } from './formatting';
import { unavailableItem } from './unavailableItem';

const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/**
 * Judges "every objective has at least `minRemaining` of its error budget left". No data for an
 * objective is `unknown`, never `pass`.
 *
 * @public
 */
export function evaluateErrorBudget(
  rule: ErrorBudgetRule,
  input: Sourced<ErrorBudgets> | undefined,
): ReadinessItem {
  const base = {
    id: rule.id,
    kind: 'error-budget' as const,
    title: rule.title,
    enforcement: rule.enforcement,
  };
  if (!input?.value) {
    return unavailableItem(base, input, {
      sourceName: 'slo',
      reason:
        'No SLO source is connected for this environment: error budgets are unknown',
    });
  }
  const { objectives } = input.value;
  const evidence: ReadinessEvidence[] = objectives.map(o => {
    if (o.remaining === null) {
      return { label: o.name, value: 'no data', status: 'unknown' };
    }
    return {
      label: o.name,
      value: `${percent(o.remaining)} of the error budget left`,
      status: o.remaining >= rule.minRemaining ? 'pass' : 'fail',
    };
  });
  const failing = evidence.filter(e => e.status === 'fail').map(e => e.label);
  const noData = evidence.filter(e => e.status === 'unknown').map(e => e.label);
  const limit = percent(rule.minRemaining);
  if (failing.length > 0) {
    return {
      ...base,
      status: 'fail',
      reason: `Less than ${limit} of the error budget left: ${listOf(failing)}`,
      evidence,
      source: input.source,
    };
  }
  if (objectives.length === 0 || noData.length > 0) {
    return {
      ...base,
      status: 'unknown',
      reason:
        objectives.length === 0
          ? 'The SLO source reports no objectives'
          : `No data for ${listOf(noData)}`,
      evidence,
      source: input.source,
    };
  }
  return {
    ...base,
    status: 'pass',
    reason: `Every objective has at least ${limit} of its error budget left`,
    evidence,
    source: input.source,
  };
}
