import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Chip from '@mui/material/Chip';
import type { DecisionStatus } from '@release-readiness/plugin-release-readiness-common';
import { releaseReadinessTranslationRef } from '../../translations';
import { DECISION_STATUS_LOOK } from './decisionStatusLook';

/**
 * A decision's status as a chip (history rows, pickers).
 *
 * @public
 */
export function DecisionStatusChip(props: { status: DecisionStatus }) {
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const look = DECISION_STATUS_LOOK[props.status];
  const label = t(look.label);
  return (
    <Chip
      size="small"
      variant={props.status === 'open' ? 'outlined' : 'filled'}
      color={look.color}
      label={label}
      aria-label={t('decisions.status.chipLabel', { status: label })}
    />
  );
}
