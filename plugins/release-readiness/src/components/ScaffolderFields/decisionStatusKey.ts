import type { DecisionStatus } from '@release-readiness/plugin-release-readiness-common';

/** The message of each decision status, as the decision picker and its validator name it. */
export const decisionStatusKey = {
  open: 'fields.decisionStatus.open',
  go: 'fields.decisionStatus.go',
  'no-go': 'fields.decisionStatus.noGo',
  expired: 'fields.decisionStatus.expired',
  invalidated: 'fields.decisionStatus.invalidated',
} as const satisfies Record<DecisionStatus, string>;
