import type { V1ObjectMeta, V1OwnerReference } from '@kubernetes/client-node';
import type { KubernetesObjects } from './KubernetesObjects';

function controllerOf(
  metadata: V1ObjectMeta | undefined,
): V1OwnerReference | undefined {
  const owners = metadata?.ownerReferences ?? [];
  return owners.find(o => o.controller) ?? owners[0];
}

/**
 * Follows owner references inside one namespace: Pod → ReplicaSet → Deployment, Pod →
 * StatefulSet or DaemonSet, Pod → Job → CronJob, to attribute pods (for restarts) and Jobs (for
 * a CronJob's last run) to the workload that controls them. Keys are `Kind/name`, unique within
 * a namespace.
 */
export class OwnerIndex {
  readonly #restarts = new Map<string, number>();
  readonly #jobsByCronJob = new Map<string, KubernetesObjects['jobs']>();

  constructor(objects: KubernetesObjects) {
    const deploymentOfReplicaSet = new Map<string, string>();
    for (const rs of objects.replicaSets) {
      const owner = controllerOf(rs.metadata);
      if (owner?.kind === 'Deployment' && rs.metadata?.name) {
        deploymentOfReplicaSet.set(rs.metadata.name, owner.name);
      }
    }
    const cronJobOfJob = new Map<string, string>();
    for (const job of objects.jobs) {
      const owner = controllerOf(job.metadata);
      if (owner?.kind === 'CronJob' && job.metadata?.name) {
        cronJobOfJob.set(job.metadata.name, owner.name);
        const key = `CronJob/${owner.name}`;
        this.#jobsByCronJob.set(key, [
          ...(this.#jobsByCronJob.get(key) ?? []),
          job,
        ]);
      }
    }
    for (const pod of objects.pods) {
      const owner = controllerOf(pod.metadata);
      let key: string | undefined;
      if (owner?.kind === 'ReplicaSet') {
        const deployment = deploymentOfReplicaSet.get(owner.name);
        key = deployment ? `Deployment/${deployment}` : undefined;
      } else if (owner?.kind === 'Job') {
        const cronJob = cronJobOfJob.get(owner.name);
        key = cronJob ? `CronJob/${cronJob}` : undefined;
      } else if (owner?.kind === 'StatefulSet' || owner?.kind === 'DaemonSet') {
        key = `${owner.kind}/${owner.name}`;
      }
      if (!key) {
        continue;
      }
      const restarts = [
        ...(pod.status?.containerStatuses ?? []),
        ...(pod.status?.initContainerStatuses ?? []),
      ].reduce((sum, s) => sum + (s.restartCount ?? 0), 0);
      this.#restarts.set(key, (this.#restarts.get(key) ?? 0) + restarts);
    }
  }

  /** Container restarts summed over the pods the workload controls (directly or not). */
  restarts(kind: string, name: string): number {
    return this.#restarts.get(`${kind}/${name}`) ?? 0;
  }

  /** The Jobs a CronJob created that still exist. */
  jobsOf(cronJobName: string): KubernetesObjects['jobs'] {
    return this.#jobsByCronJob.get(`CronJob/${cronJobName}`) ?? [];
  }
}
