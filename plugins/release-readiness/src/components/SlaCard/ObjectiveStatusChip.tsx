import { useTranslationRef } from '@backstage/frontend-plugin-api';
import type { SloObjectiveResult } from '@release-readiness/plugin-release-readiness-common';
import { StatusChip } from '../shared';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';

/** The key of an objective's status label: no data and insufficient data say so, limits fire. */
function labelKeyOf(objective: SloObjectiveResult) {
  if (objective.data === 'no-data') {
    return 'sla.status.noData';
  }
  if (objective.data === 'insufficient-data') {
    return 'sla.status.insufficientData';
  }
  if (objective.status === 'unknown') {
    return undefined;
  }
  if (objective.role !== 'slo' && objective.firing !== undefined) {
    return objective.firing ? 'sla.status.firing' : 'sla.status.quiet';
  }
  return undefined;
}

/**
 * An objective's status: Pass / Fail for service levels, Firing / Quiet for post-deploy limits
 * and rollback triggers, "No data" or "Insufficient data" (grey, never a pass) without traffic.
 */
export function ObjectiveStatusChip(props: { objective: SloObjectiveResult }) {
  const { objective } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const key = labelKeyOf(objective);
  return (
    <StatusChip
      status={objective.status}
      label={key === undefined ? undefined : t(key)}
    />
  );
}
