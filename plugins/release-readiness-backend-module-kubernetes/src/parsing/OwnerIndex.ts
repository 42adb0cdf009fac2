import type {
  V1Job,
  V1ObjectMeta,
  V1Pod,
  V1ReplicaSet,
} from '@kubernetes/client-node';
import { controllerOf } from './controllerOf';
import type { KubernetesObjects } from './KubernetesObjects';

/** The top-level workloads an {@link OwnerIndex} attributes owned objects to. */
export type OwningWorkloads = Pick<
  KubernetesObjects,
  'deployments' | 'statefulSets' | 'daemonSets' | 'cronJobs'
>;

const key = (kind: string, uid: string) => `${kind}/${uid}`;

function podRestarts(pod: V1Pod): number {
  return [
    ...(pod.status?.containerStatuses ?? []),
    ...(pod.status?.initContainerStatuses ?? []),
  ].reduce((sum, s) => sum + (s.restartCount ?? 0), 0);
}

/**
 * Attributes the objects of one namespace to the top-level workloads that control them, by the
 * controller owner reference (`metadata.ownerReferences[controller=true]`, kind and `uid`), never
 * by labels or names: ReplicaSet → Deployment, Job → CronJob, and Pod → ReplicaSet → Deployment,
 * Pod → StatefulSet or DaemonSet, Pod → Job → CronJob. An object whose controller is none of the
 * given workloads (another owner, even with the same name or labels, an unselected workload, or
 * no controller reference at all) is not attributed.
 *
 * Owned objects are adopted in batches (a LIST page at a time), so a reader can drop what belongs
 * to no selected workload right after each page: the `adopt…` methods return the objects kept.
 * Pods must be adopted after every ReplicaSet and Job, since a pod's controller is one of those.
 */
export class OwnerIndex {
  /** Owner keys (`Kind/uid`) of the selected workloads and of the ReplicaSets and Jobs adopted. */
  readonly #workloadOf = new Map<string, string>();
  readonly #restarts = new Map<string, number>();
  readonly #jobs = new Map<string, V1Job[]>();

  /** An index of `objects`' workloads with their ReplicaSets, Jobs and Pods adopted. */
  static of(objects: KubernetesObjects): OwnerIndex {
    const index = new OwnerIndex(objects);
    index.adoptReplicaSets(objects.replicaSets);
    index.adoptJobs(objects.jobs);
    index.adoptPods(objects.pods);
    return index;
  }

  constructor(workloads: OwningWorkloads) {
    const add = (kind: string, items: Array<{ metadata?: V1ObjectMeta }>) => {
      for (const item of items) {
        const uid = item.metadata?.uid;
        if (uid) {
          this.#workloadOf.set(key(kind, uid), key(kind, uid));
        }
      }
    };
    add('Deployment', workloads.deployments);
    add('StatefulSet', workloads.statefulSets);
    add('DaemonSet', workloads.daemonSets);
    add('CronJob', workloads.cronJobs);
  }

  /** Keeps the ReplicaSets a selected Deployment controls; returns them. */
  adoptReplicaSets(replicaSets: V1ReplicaSet[]): V1ReplicaSet[] {
    return replicaSets.filter(rs =>
      this.#adopt('ReplicaSet', rs.metadata, 'Deployment'),
    );
  }

  /** Keeps the Jobs a selected CronJob controls; returns them. */
  adoptJobs(jobs: V1Job[]): V1Job[] {
    return jobs.filter(job => {
      const workload = this.#adopt('Job', job.metadata, 'CronJob');
      if (workload) {
        const runs = this.#jobs.get(workload) ?? [];
        runs.push(job);
        this.#jobs.set(workload, runs);
      }
      return workload !== undefined;
    });
  }

  /**
   * Keeps the Pods controlled by a selected StatefulSet or DaemonSet, or by an adopted
   * ReplicaSet or Job, and counts their container restarts; returns them.
   */
  adoptPods(pods: V1Pod[]): V1Pod[] {
    return pods.filter(pod => {
      const owner = controllerOf(pod.metadata);
      const workload =
        owner &&
        ['ReplicaSet', 'Job', 'StatefulSet', 'DaemonSet'].includes(owner.kind)
          ? this.#workloadOf.get(key(owner.kind, owner.uid))
          : undefined;
      if (workload) {
        this.#restarts.set(
          workload,
          (this.#restarts.get(workload) ?? 0) + podRestarts(pod),
        );
      }
      return workload !== undefined;
    });
  }

  /** Container restarts summed over the pods the workload controls (directly or not). */
  restarts(kind: string, uid: string | undefined): number {
    return (uid && this.#restarts.get(key(kind, uid))) || 0;
  }

  /** The Jobs of the CronJob with this `uid` that still exist. */
  jobsOf(cronJobUid: string | undefined): V1Job[] {
    return (cronJobUid && this.#jobs.get(key('CronJob', cronJobUid))) || [];
  }

  /**
   * Registers an owned object under the workload its controller reference names, when that
   * controller is a selected workload of `ownerKind`; returns the workload's key.
   */
  #adopt(
    kind: string,
    metadata: V1ObjectMeta | undefined,
    ownerKind: string,
  ): string | undefined {
    const owner = controllerOf(metadata);
    const workload =
      owner?.kind === ownerKind
        ? this.#workloadOf.get(key(ownerKind, owner.uid))
        : undefined;
    if (workload && metadata?.uid) {
      this.#workloadOf.set(key(kind, metadata.uid), workload);
    }
    return workload;
  }
}
