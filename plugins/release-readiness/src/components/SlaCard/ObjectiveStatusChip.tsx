import type { SloObjectiveResult } from '@release-readiness/plugin-release-readiness-common';
import { StatusChip } from '../shared';

/** The label of an objective's status: no data and insufficient data say so, limits fire. */
function labelOf(objective: SloObjectiveResult): string | undefined {
  if (objective.data === 'no-data') {
    return 'No data';
  }
  if (objective.data === 'insufficient-data') {
    return 'Insufficient data';
  }
  if (objective.status === 'unknown') {
    return undefined;
  }
  if (objective.role !== 'slo' && objective.firing !== undefined) {
    return objective.firing ? 'Firing' : 'Quiet';
  }
  return undefined;
}

/**
 * An objective's status: Pass / Fail for service levels, Firing / Quiet for post-deploy limits
 * and rollback triggers, "No data" or "Insufficient data" (grey, never a pass) without traffic.
 */
export function ObjectiveStatusChip(props: { objective: SloObjectiveResult }) {
  const { objective } = props;
  return <StatusChip status={objective.status} label={labelOf(objective)} />;
}
