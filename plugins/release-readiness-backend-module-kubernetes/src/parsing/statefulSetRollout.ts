import type { V1StatefulSet } from '@kubernetes/client-node';
import type { RolloutVerdict } from './deploymentRollout';

/**
 * Judges a StatefulSet's rollout as `kubectl rollout status` does: only the `RollingUpdate`
 * strategy can be judged; the spec must be observed; all replicas must be ready; with a
 * partition, the pods above it must be updated; otherwise the update revision must equal the
 * current revision.
 */
export function statefulSetRollout(statefulSet: V1StatefulSet): RolloutVerdict {
  const spec = statefulSet.spec;
  const status = statefulSet.status;
  const strategy = spec?.updateStrategy?.type ?? 'RollingUpdate';
  if (strategy !== 'RollingUpdate') {
    return {
      status: 'unknown',
      message: `rollout status is only available for RollingUpdate strategy type (this one uses ${strategy})`,
    };
  }
  const generation = statefulSet.metadata?.generation ?? 0;
  const observed = status?.observedGeneration ?? 0;
  if (observed === 0 || generation > observed) {
    return {
      status: 'progressing',
      message: 'Waiting for statefulset spec update to be observed...',
    };
  }
  const desired = spec?.replicas;
  const ready = status?.readyReplicas ?? 0;
  if (desired !== undefined && ready < desired) {
    return {
      status: 'progressing',
      message: `Waiting for ${desired - ready} pods to be ready...`,
    };
  }
  const updated = status?.updatedReplicas ?? 0;
  const rollingUpdate = spec?.updateStrategy?.rollingUpdate;
  if (rollingUpdate) {
    const partition = rollingUpdate.partition;
    if (
      desired !== undefined &&
      partition !== undefined &&
      updated < desired - partition
    ) {
      return {
        status: 'progressing',
        message: `Waiting for partitioned roll out to finish: ${updated} out of ${
          desired - partition
        } new pods have been updated...`,
      };
    }
    return {
      status: 'complete',
      message: `partitioned roll out complete: ${updated} new pods have been updated...`,
    };
  }
  if (status?.updateRevision !== status?.currentRevision) {
    return {
      status: 'progressing',
      message: `waiting for statefulset rolling update to complete ${updated} pods at revision ${status?.updateRevision}...`,
    };
  }
  return {
    status: 'complete',
    message: `statefulset rolling update complete ${
      status?.currentReplicas ?? 0
    } pods at revision ${status?.currentRevision}...`,
  };
}
