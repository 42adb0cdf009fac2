import type {
  Workload,
  WorkloadManagedBy,
} from '@release-readiness/plugin-release-readiness-common';

const TOOLS: Record<WorkloadManagedBy['tool'], string> = {
  helm: 'Helm',
  argocd: 'Argo CD',
  plain: 'plain',
  other: 'other',
};

/** "Helm (servanda)", "Argo CD (keycloak)", "plain". */
export function describeManagedBy(managedBy: WorkloadManagedBy): string {
  const tool = TOOLS[managedBy.tool];
  if (managedBy.tool === 'other') {
    return managedBy.name ?? tool;
  }
  return managedBy.name ? `${tool} (${managedBy.name})` : tool;
}

/** "2/3 ready" or, for CronJobs, the schedule. */
export function describeReplicas(workload: Workload): string {
  if (workload.replicas) {
    const { ready, desired } = workload.replicas;
    return `${ready}/${desired} ready`;
  }
  if (workload.schedule) {
    return workload.schedule.suspended
      ? `${workload.schedule.schedule} (suspended)`
      : workload.schedule.schedule;
  }
  return '—';
}

/** "HPA 2–10, CPU 38 % of 70 %" when an HPA scales the workload. */
export function describeAutoscaler(workload: Workload): string | undefined {
  const hpa = workload.autoscaler;
  if (!hpa) {
    return undefined;
  }
  const cpu =
    hpa.targetCpuUtilization !== undefined
      ? `, CPU ${hpa.currentCpuUtilization ?? '?'} % of ${
          hpa.targetCpuUtilization
        } %`
      : '';
  return `HPA ${hpa.minReplicas}–${hpa.maxReplicas}${cpu}`;
}
