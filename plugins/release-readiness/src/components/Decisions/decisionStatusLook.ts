import type { DecisionStatus } from '@release-readiness/plugin-release-readiness-common';

/**
 * How a decision's status looks: its label and colour. Only `go` is green; `open` is neutral
 * (nothing is decided), and `expired` / `invalidated` never look like a go.
 */
export const DECISION_STATUS_LOOK: Record<
  DecisionStatus,
  { label: string; color: 'success' | 'error' | 'warning' | 'info' | 'default' }
> = {
  open: { label: 'OPEN', color: 'info' },
  go: { label: 'GO', color: 'success' },
  'no-go': { label: 'NO-GO', color: 'error' },
  expired: { label: 'EXPIRED', color: 'warning' },
  invalidated: { label: 'INVALIDATED', color: 'error' },
};
