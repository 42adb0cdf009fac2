import type { DecisionStatus } from '@release-readiness/plugin-release-readiness-common';

const STATUSES: readonly DecisionStatus[] = [
  'open',
  'go',
  'no-go',
  'expired',
  'invalidated',
];

/**
 * `ui:options.status` of a decision picker: the statuses (default `['open']`), or the problem
 * naming what is wrong with it.
 */
export function statusesOption(
  option: unknown,
): { statuses: DecisionStatus[] } | { problem: string } {
  if (option === undefined) {
    return { statuses: ['open'] };
  }
  const values: unknown[] = Array.isArray(option) ? option : [option];
  const statuses = STATUSES.filter(s => values.includes(s));
  const unknown = values.filter(v => !STATUSES.some(s => s === v));
  if (unknown.length > 0 || statuses.length === 0) {
    return {
      problem: `ui:options.status must list decision statuses (${STATUSES.join(
        ', ',
      )})`,
    };
  }
  return { statuses };
}
