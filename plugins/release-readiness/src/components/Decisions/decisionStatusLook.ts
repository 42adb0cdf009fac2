import type { DecisionStatus } from '@release-readiness/plugin-release-readiness-common';

/** How one status looks: the message key of its label and its colour. */
type DecisionStatusLook = {
  label: `decisions.status.${
    | 'open'
    | 'go'
    | 'noGo'
    | 'expired'
    | 'invalidated'}`;
  color: 'success' | 'error' | 'warning' | 'info' | 'default';
};

/**
 * How a decision's status looks: the message key of its label and its colour. Only `go` is
 * green; `open` is neutral (nothing is decided), and `expired` / `invalidated` never look like a
 * go.
 */
export const DECISION_STATUS_LOOK: Record<DecisionStatus, DecisionStatusLook> =
  {
    open: { label: 'decisions.status.open', color: 'info' },
    go: { label: 'decisions.status.go', color: 'success' },
    'no-go': { label: 'decisions.status.noGo', color: 'error' },
    expired: { label: 'decisions.status.expired', color: 'warning' },
    invalidated: { label: 'decisions.status.invalidated', color: 'error' },
  };
