import Chip from '@mui/material/Chip';
import type { EnvironmentTarget } from '@release-readiness/plugin-release-readiness-common';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * The "air-gapped" mark of an environment the portal cannot reach (its workloads come from an
 * offline snapshot); nothing otherwise.
 *
 * @public
 */
export function AirGappedChip(props: { target?: EnvironmentTarget }) {
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  if (!props.target?.offline) {
    return null;
  }
  return <Chip size="small" color="info" label={t('board.airGapped')} />;
}
