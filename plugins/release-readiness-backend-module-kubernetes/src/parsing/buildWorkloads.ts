import type { V1ObjectMeta, V1PodTemplateSpec } from '@kubernetes/client-node';
import {
  compareWorkloads,
  Workload,
  WorkloadImage,
  WorkloadKind,
} from '@release-readiness/plugin-release-readiness-common';
import { containerFindings } from './containerFindings';
import { daemonSetRollout } from './daemonSetRollout';
import { deploymentRollout, RolloutVerdict } from './deploymentRollout';
import { jobRun } from './jobRun';
import { KubernetesObjects } from './KubernetesObjects';
import { managedBy } from './managedBy';
import { OwnerIndex } from './OwnerIndex';
import { statefulSetRollout } from './statefulSetRollout';
import { toAutoscaler } from './toAutoscaler';
import { toIsoTime } from './toIsoTime';
import { cronJobRollout } from './cronJobRollout';

function images(template: V1PodTemplateSpec | undefined): WorkloadImage[] {
  const spec = template?.spec;
  return [
    ...(spec?.initContainers ?? []).map(c => ({
      container: c.name,
      image: c.image ?? '',
      init: true,
    })),
    ...(spec?.containers ?? []).map(c => ({
      container: c.name,
      image: c.image ?? '',
    })),
  ];
}

/**
 * Turns the objects of one namespace into the board's workloads: Deployments, StatefulSets,
 * DaemonSets and CronJobs with their images, replicas, rollout verdict, revision, pod restarts,
 * HPA, last Job, manager and hygiene findings. Versions are added later by the backend.
 *
 * ReplicaSets, Jobs and Pods count for a workload only when their controller owner reference
 * names it by `uid` (see {@link OwnerIndex}); HPAs are matched by `scaleTargetRef`.
 */
export function buildWorkloads(objects: KubernetesObjects): Workload[] {
  const owners = OwnerIndex.of(objects);
  const base = (
    kind: WorkloadKind,
    metadata: V1ObjectMeta | undefined,
    template: V1PodTemplateSpec | undefined,
    verdict: RolloutVerdict,
  ): Workload => {
    const name = metadata?.name ?? '';
    const hpa = objects.autoscalers.find(
      h =>
        h.spec?.scaleTargetRef?.kind === kind &&
        h.spec?.scaleTargetRef?.name === name,
    );
    const createdAt = toIsoTime(metadata?.creationTimestamp);
    return {
      kind,
      name,
      namespace: metadata?.namespace ?? '',
      images: images(template),
      rolloutStatus: verdict.status,
      rolloutMessage: verdict.message,
      restarts: owners.restarts(kind, metadata?.uid),
      ...(hpa && { autoscaler: toAutoscaler(hpa) }),
      managedBy: managedBy(metadata),
      findings: containerFindings(template?.spec, {
        probes: kind !== 'CronJob',
      }),
      ...(createdAt && { createdAt }),
    };
  };

  const workloads: Workload[] = [];
  for (const d of objects.deployments) {
    const revision =
      d.metadata?.annotations?.['deployment.kubernetes.io/revision'];
    workloads.push({
      ...base('Deployment', d.metadata, d.spec?.template, deploymentRollout(d)),
      replicas: {
        desired: d.spec?.replicas ?? 1,
        ready: d.status?.readyReplicas ?? 0,
        available: d.status?.availableReplicas ?? 0,
        updated: d.status?.updatedReplicas ?? 0,
      },
      ...(revision && { revision }),
    });
  }
  for (const s of objects.statefulSets) {
    const revision = s.status?.currentRevision;
    workloads.push({
      ...base(
        'StatefulSet',
        s.metadata,
        s.spec?.template,
        statefulSetRollout(s),
      ),
      replicas: {
        desired: s.spec?.replicas ?? 1,
        ready: s.status?.readyReplicas ?? 0,
        available: s.status?.availableReplicas ?? 0,
        updated: s.status?.updatedReplicas ?? 0,
      },
      ...(revision && { revision }),
    });
  }
  for (const ds of objects.daemonSets) {
    const revision =
      ds.metadata?.annotations?.['deprecated.daemonset.template.generation'];
    workloads.push({
      ...base(
        'DaemonSet',
        ds.metadata,
        ds.spec?.template,
        daemonSetRollout(ds),
      ),
      replicas: {
        desired: ds.status?.desiredNumberScheduled ?? 0,
        ready: ds.status?.numberReady ?? 0,
        available: ds.status?.numberAvailable ?? 0,
        updated: ds.status?.updatedNumberScheduled ?? 0,
      },
      ...(revision && { revision }),
    });
  }
  for (const cj of objects.cronJobs) {
    const jobs = owners.jobsOf(cj.metadata?.uid);
    const last = [...jobs].sort((a, b) =>
      (
        toIsoTime(b.status?.startTime ?? b.metadata?.creationTimestamp) ?? ''
      ).localeCompare(
        toIsoTime(a.status?.startTime ?? a.metadata?.creationTimestamp) ?? '',
      ),
    )[0];
    const lastJob = last ? jobRun(last) : undefined;
    const lastScheduleTime = toIsoTime(cj.status?.lastScheduleTime);
    const lastSuccessfulTime = toIsoTime(cj.status?.lastSuccessfulTime);
    workloads.push({
      ...base(
        'CronJob',
        cj.metadata,
        cj.spec?.jobTemplate?.spec?.template,
        cronJobRollout(cj, lastJob),
      ),
      ...(lastJob && { revision: lastJob.name }),
      schedule: {
        schedule: cj.spec?.schedule ?? '',
        ...(cj.spec?.timeZone && { timeZone: cj.spec.timeZone }),
        suspended: cj.spec?.suspend === true,
        ...(lastScheduleTime && { lastScheduleTime }),
        ...(lastSuccessfulTime && { lastSuccessfulTime }),
        ...(lastJob && { lastJob }),
      },
    });
  }
  return workloads.sort(compareWorkloads);
}
