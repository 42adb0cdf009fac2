import { recordAt } from '../json/recordAt';
import { ObjectKey, ObjectStore } from '../store/ObjectStore';
import { RolloutBehaviour } from './RolloutBehaviour';

/**
 * The end of a StatefulSet's or DaemonSet's rollout, `delayMs` after the change: complete (every
 * replica or scheduled pod updated, ready and available; a StatefulSet's current revision is its
 * update revision), or, failing, one updated pod that never gets ready (these kinds have no
 * progress deadline, so the rollout stays progressing). Nothing happens when the set changed
 * again meanwhile (`generation`).
 */
export function finishRevisionedSet(
  store: ObjectStore,
  key: ObjectKey,
  generation: unknown,
  outcome: Required<RolloutBehaviour>['outcome'],
): void {
  const set = store.get(key);
  if (!set || set.metadata.generation !== generation) {
    return;
  }
  const status = recordAt(set, 'status');
  const failed = outcome === 'fail';
  if (set.kind === 'StatefulSet') {
    const replicas = Number(recordAt(set, 'spec').replicas ?? 1);
    const ready = failed ? Math.max(replicas - 1, 0) : replicas;
    Object.assign(status, {
      observedGeneration: generation,
      replicas,
      readyReplicas: ready,
      availableReplicas: ready,
      updatedReplicas: failed ? Math.min(1, replicas) : replicas,
      ...(!failed && {
        currentReplicas: replicas,
        currentRevision: status.updateRevision,
      }),
    });
  } else {
    const desired = Number(status.desiredNumberScheduled ?? 1);
    const available = failed ? Math.max(desired - 1, 0) : desired;
    Object.assign(status, {
      observedGeneration: generation,
      currentNumberScheduled: desired,
      updatedNumberScheduled: failed ? Math.min(1, desired) : desired,
      numberReady: available,
      numberAvailable: available,
    });
    if (failed) {
      status.numberUnavailable = desired - available;
    } else {
      delete status.numberUnavailable;
    }
  }
  store.put(set);
}
