import type { DecisionStatus } from '@release-readiness/plugin-release-readiness-common';

/** The decision statuses `ui:options.status` may list. */
export const DECISION_STATUSES: readonly DecisionStatus[] = [
  'open',
  'go',
  'no-go',
  'expired',
  'invalidated',
];

/**
 * `ui:options.status` of a decision picker: the statuses (default `['open']`), or `invalid` when
 * it lists something else (the message `fields.validation.statusOption` names the valid ones).
 */
export function statusesOption(
  option: unknown,
): { statuses: DecisionStatus[] } | { invalid: true } {
  if (option === undefined) {
    return { statuses: ['open'] };
  }
  const values: unknown[] = Array.isArray(option) ? option : [option];
  const statuses = DECISION_STATUSES.filter(s => values.includes(s));
  const unknown = values.filter(v => !DECISION_STATUSES.some(s => s === v));
  if (unknown.length > 0 || statuses.length === 0) {
    return { invalid: true };
  }
  return { statuses };
}
