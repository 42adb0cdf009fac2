import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import Chip from '@mui/material/Chip';
import type { ReadinessVerdict } from '@release-readiness/plugin-release-readiness-common';

const VERDICT = {
  ready: { label: 'Ready', color: 'success', icon: <CheckCircleIcon /> },
  blocked: { label: 'Blocked', color: 'error', icon: <CancelIcon /> },
  unknown: { label: 'Unknown', color: 'default', icon: <HelpOutlineIcon /> },
} as const;

/**
 * The verdict: Ready, Blocked or Unknown. `unknown` is grey with a question mark: it never looks
 * like ready.
 *
 * @public
 */
export function VerdictChip(props: {
  verdict: ReadinessVerdict;
  size?: 'small' | 'medium';
}) {
  const look = VERDICT[props.verdict];
  return (
    <Chip
      size={props.size ?? 'small'}
      variant={props.verdict === 'unknown' ? 'outlined' : 'filled'}
      color={look.color}
      icon={look.icon}
      label={look.label}
      aria-label={`Verdict: ${look.label}`}
    />
  );
}
