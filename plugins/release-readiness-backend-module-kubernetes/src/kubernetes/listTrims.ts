import type {
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1Job,
  V1Pod,
  V1ReplicaSet,
  V1StatefulSet,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import { RawObject } from './RawObject';
import { trimAutoscaler } from './trimAutoscaler';
import { trimCronJob } from './trimCronJob';
import { trimDaemonSet } from './trimDaemonSet';
import { trimDeployment } from './trimDeployment';
import { trimJob } from './trimJob';
import { trimPod } from './trimPod';
import { trimReplicaSet } from './trimReplicaSet';
import { trimStatefulSet } from './trimStatefulSet';

/** The trimmed model of each collection the workload source lists, by plural resource name. */
export interface TrimmedByResource {
  deployments: V1Deployment;
  statefulsets: V1StatefulSet;
  daemonsets: V1DaemonSet;
  cronjobs: V1CronJob;
  horizontalpodautoscalers: V2HorizontalPodAutoscaler;
  replicasets: V1ReplicaSet;
  jobs: V1Job;
  pods: V1Pod;
}

/** A collection's plural resource name, e.g. `deployments`. */
export type ListResource = keyof TrimmedByResource;

/** The trimmed model of one item of `R`, e.g. `V1Deployment` for `deployments`. */
export type Trimmed<R extends ListResource> = TrimmedByResource[R];

/**
 * Each collection the workload source lists, with the function that cuts one raw item down to
 * the fields the board uses. A LIST body is parsed and trimmed by resource name
 * (`parseListBody`), so that a worker thread can do it: functions cannot be sent to a thread,
 * names can.
 */
export const LIST_TRIMS: {
  [R in ListResource]: (raw: RawObject) => TrimmedByResource[R];
} = {
  deployments: trimDeployment,
  statefulsets: trimStatefulSet,
  daemonsets: trimDaemonSet,
  cronjobs: trimCronJob,
  horizontalpodautoscalers: trimAutoscaler,
  replicasets: trimReplicaSet,
  jobs: trimJob,
  pods: trimPod,
};
