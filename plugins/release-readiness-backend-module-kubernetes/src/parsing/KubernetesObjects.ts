import type {
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1HorizontalPodAutoscaler,
  V1Job,
  V1Pod,
  V1ReplicaSet,
  V1StatefulSet,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';

/**
 * Everything read from one namespace, as `@kubernetes/client-node` models: the input of
 * {@link buildWorkloads}, whether read live or from a snapshot file.
 */
export interface KubernetesObjects {
  deployments: V1Deployment[];
  statefulSets: V1StatefulSet[];
  daemonSets: V1DaemonSet[];
  replicaSets: V1ReplicaSet[];
  pods: V1Pod[];
  cronJobs: V1CronJob[];
  jobs: V1Job[];
  autoscalers: Array<V2HorizontalPodAutoscaler | V1HorizontalPodAutoscaler>;
}

/** An empty {@link KubernetesObjects}. */
export function emptyKubernetesObjects(): KubernetesObjects {
  return {
    deployments: [],
    statefulSets: [],
    daemonSets: [],
    replicaSets: [],
    pods: [],
    cronJobs: [],
    jobs: [],
    autoscalers: [],
  };
}
