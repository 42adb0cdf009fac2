import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Chip from '@mui/material/Chip';
import type { ReadinessItemStatus } from '@release-readiness/plugin-release-readiness-common';

const ITEM = {
  pass: { label: 'Pass', color: 'success', icon: <CheckCircleIcon /> },
  warn: { label: 'Warn', color: 'warning', icon: <WarningAmberIcon /> },
  fail: { label: 'Fail', color: 'error', icon: <CancelIcon /> },
  unknown: { label: 'Unknown', color: 'default', icon: <HelpOutlineIcon /> },
} as const;

/**
 * An item's status. `unknown` is grey with a question mark: it never looks like a pass.
 *
 * @public
 */
export function StatusChip(props: {
  status: ReadinessItemStatus;
  label?: string;
}) {
  const look = ITEM[props.status];
  return (
    <Chip
      size="small"
      variant={props.status === 'unknown' ? 'outlined' : 'filled'}
      color={look.color}
      icon={look.icon}
      label={props.label ?? look.label}
    />
  );
}
