import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';

/**
 * One log line about a decision's state: its status and reason, and the approvals still
 * missing with who could give them, e.g.
 * `open: Waiting for Product Owner (Jonas Weber); missing approvals: Product Owner (Jonas Weber)`.
 */
export function describeDecision(response: DecisionResponse): string {
  const { state } = response;
  const missing = state.approvals
    .filter(approval => !approval.filledBy)
    .map(approval =>
      approval.candidates.length > 0
        ? `${approval.title} (${approval.candidates
            .map(person => person.displayName)
            .join(', ')})`
        : `${approval.title} (nobody can give it now)`,
    );
  const unwaived = state.blocking
    .filter(item => !item.waiver)
    .map(item => `${item.item} (${item.status})`);
  return [
    `${state.status}: ${state.reason}`,
    ...(missing.length > 0 ? [`missing approvals: ${missing.join(', ')}`] : []),
    ...(unwaived.length > 0 ? [`items to waive: ${unwaived.join(', ')}`] : []),
  ].join('; ');
}
