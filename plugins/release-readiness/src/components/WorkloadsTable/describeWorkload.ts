import type {
  Workload,
  WorkloadManagedBy,
} from '@release-readiness/plugin-release-readiness-common';
import {
  englishTranslate,
  type ReleaseReadinessTranslate,
} from '../../translations';

/** Tool names are names; "plain" and "other" are words of the UI. */
function toolName(
  tool: WorkloadManagedBy['tool'],
  t: ReleaseReadinessTranslate,
): string {
  switch (tool) {
    case 'helm':
      return 'Helm';
    case 'argocd':
      return 'Argo CD';
    case 'plain':
      return t('environment.workloads.managedPlain');
    default:
      return t('environment.workloads.managedOther');
  }
}

/** "Helm (servanda)", "Argo CD (keycloak)", "plain". */
export function describeManagedBy(
  managedBy: WorkloadManagedBy,
  t: ReleaseReadinessTranslate = englishTranslate,
): string {
  const tool = toolName(managedBy.tool, t);
  if (managedBy.tool === 'other') {
    return managedBy.name ?? tool;
  }
  return managedBy.name ? `${tool} (${managedBy.name})` : tool;
}

/** "2/3 ready" or, for CronJobs, the schedule. */
export function describeReplicas(
  workload: Workload,
  t: ReleaseReadinessTranslate = englishTranslate,
): string {
  if (workload.replicas) {
    const { ready, desired } = workload.replicas;
    return t('environment.workloads.replicasReady', {
      ready: String(ready),
      desired: String(desired),
    });
  }
  if (workload.schedule) {
    return workload.schedule.suspended
      ? t('environment.workloads.suspended', {
          schedule: workload.schedule.schedule,
        })
      : workload.schedule.schedule;
  }
  return '—';
}

/** "HPA 2–10, CPU 38 % of 70 %" when an HPA scales the workload. */
export function describeAutoscaler(
  workload: Workload,
  t: ReleaseReadinessTranslate = englishTranslate,
): string | undefined {
  const hpa = workload.autoscaler;
  if (!hpa) {
    return undefined;
  }
  const cpu =
    hpa.targetCpuUtilization !== undefined
      ? t('environment.workloads.hpaCpu', {
          current: String(hpa.currentCpuUtilization ?? '?'),
          target: String(hpa.targetCpuUtilization),
        })
      : '';
  return `HPA ${hpa.minReplicas}–${hpa.maxReplicas}${cpu}`;
}
