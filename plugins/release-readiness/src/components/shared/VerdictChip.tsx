import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import Chip from '@mui/material/Chip';
import type { ReadinessVerdict } from '@release-readiness/plugin-release-readiness-common';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';

const VERDICT = {
  ready: {
    label: 'board.verdict.ready',
    color: 'success',
    icon: <CheckCircleIcon />,
  },
  blocked: {
    label: 'board.verdict.blocked',
    color: 'error',
    icon: <CancelIcon />,
  },
  unknown: {
    label: 'board.verdict.unknown',
    color: 'default',
    icon: <HelpOutlineIcon />,
  },
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
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const look = VERDICT[props.verdict];
  const label = t(look.label);
  return (
    <Chip
      size={props.size ?? 'small'}
      variant={props.verdict === 'unknown' ? 'outlined' : 'filled'}
      color={look.color}
      icon={look.icon}
      label={label}
      aria-label={t('board.verdict.ariaLabel', { verdict: label })}
    />
  );
}
