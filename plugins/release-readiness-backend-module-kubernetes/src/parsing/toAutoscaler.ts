import type {
  V1HorizontalPodAutoscaler,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import type { WorkloadAutoscaler } from '@release-readiness/plugin-release-readiness-common';

function isV1(
  hpa: V1HorizontalPodAutoscaler | V2HorizontalPodAutoscaler,
): hpa is V1HorizontalPodAutoscaler {
  const spec = hpa.spec as any;
  return (
    hpa.apiVersion === 'autoscaling/v1' ||
    (spec?.targetCPUUtilizationPercentage !== undefined && !spec?.metrics)
  );
}

/**
 * The board's view of an HPA (`autoscaling/v2`, or `autoscaling/v1` as older snapshots hold):
 * min (default 1), max, current and desired replicas, and the CPU target and current
 * utilisation when it scales on CPU.
 */
export function toAutoscaler(
  hpa: V1HorizontalPodAutoscaler | V2HorizontalPodAutoscaler,
): WorkloadAutoscaler {
  let target: number | undefined;
  let current: number | undefined;
  if (isV1(hpa)) {
    target = hpa.spec?.targetCPUUtilizationPercentage;
    current = hpa.status?.currentCPUUtilizationPercentage;
  } else {
    target = hpa.spec?.metrics?.find(
      m => m.type === 'Resource' && m.resource?.name === 'cpu',
    )?.resource?.target?.averageUtilization;
    current = hpa.status?.currentMetrics?.find(
      m => m.type === 'Resource' && m.resource?.name === 'cpu',
    )?.resource?.current?.averageUtilization;
  }
  return {
    name: hpa.metadata?.name ?? '',
    minReplicas: hpa.spec?.minReplicas ?? 1,
    maxReplicas: hpa.spec?.maxReplicas ?? 0,
    currentReplicas: hpa.status?.currentReplicas ?? 0,
    desiredReplicas: hpa.status?.desiredReplicas ?? 0,
    ...(target !== undefined && { targetCpuUtilization: target }),
    ...(current !== undefined && { currentCpuUtilization: current }),
  };
}
