import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { RolloutStatus } from '@release-readiness/plugin-release-readiness-common';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';
import { ROLLOUT_STATUS_KEYS } from './rolloutStatusKeys';

const COLORS: Record<
  RolloutStatus,
  'success' | 'info' | 'error' | 'warning' | 'default'
> = {
  complete: 'success',
  progressing: 'info',
  failed: 'error',
  paused: 'warning',
  unknown: 'default',
};

/**
 * A workload's rollout status as a coloured chip; only `complete` is green, `unknown` is grey.
 * The tooltip carries what `kubectl rollout status` would say.
 */
export function RolloutStatusChip(props: {
  status: RolloutStatus;
  message?: string;
}) {
  const { status, message } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const chip = (
    <Chip
      size="small"
      color={COLORS[status]}
      variant={status === 'unknown' ? 'outlined' : 'filled'}
      label={t(ROLLOUT_STATUS_KEYS[status])}
    />
  );
  return message ? <Tooltip title={message}>{chip}</Tooltip> : chip;
}
