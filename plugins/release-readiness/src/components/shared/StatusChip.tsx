import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Chip from '@mui/material/Chip';
import type { ReadinessItemStatus } from '@release-readiness/plugin-release-readiness-common';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';

const ITEM = {
  pass: {
    label: 'board.status.pass',
    color: 'success',
    icon: <CheckCircleIcon />,
  },
  warn: {
    label: 'board.status.warn',
    color: 'warning',
    icon: <WarningAmberIcon />,
  },
  fail: { label: 'board.status.fail', color: 'error', icon: <CancelIcon /> },
  unknown: {
    label: 'board.status.unknown',
    color: 'default',
    icon: <HelpOutlineIcon />,
  },
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
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const look = ITEM[props.status];
  return (
    <Chip
      size="small"
      variant={props.status === 'unknown' ? 'outlined' : 'filled'}
      color={look.color}
      icon={look.icon}
      label={props.label ?? t(look.label)}
    />
  );
}
