import Chip from '@mui/material/Chip';
import type { DecisionStatus } from '@release-readiness/plugin-release-readiness-common';
import { DECISION_STATUS_LOOK } from './decisionStatusLook';

/**
 * A decision's status as a chip (history rows, pickers).
 *
 * @public
 */
export function DecisionStatusChip(props: { status: DecisionStatus }) {
  const look = DECISION_STATUS_LOOK[props.status];
  return (
    <Chip
      size="small"
      variant={props.status === 'open' ? 'outlined' : 'filled'}
      color={look.color}
      label={look.label}
      aria-label={`Status: ${look.label}`}
    />
  );
}
