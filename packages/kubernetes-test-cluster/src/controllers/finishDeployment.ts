import { recordAt } from '../json/recordAt';
import { ObjectKey, ObjectStore } from '../store/ObjectStore';
import { REVISION } from './deploymentAnnotations';
import { ownedObjects } from './ownedObjects';
import { RolloutBehaviour } from './RolloutBehaviour';
import { setCondition } from './setCondition';

/**
 * The end of a Deployment's rollout, `delayMs` after the change: complete (the ReplicaSet of the
 * current revision scaled to the desired replicas, all updated, ready and available; the others
 * scaled to 0; `Available` and `Progressing` `NewReplicaSetAvailable`), or failed (one new
 * replica that never gets ready; `Progressing` `False` with reason `ProgressDeadlineExceeded`).
 * Nothing happens when the Deployment changed again meanwhile (`generation`): that change has a
 * rollout of its own.
 */
export function finishDeployment(
  store: ObjectStore,
  key: ObjectKey,
  generation: unknown,
  behaviour: Required<Pick<RolloutBehaviour, 'outcome'>> &
    Pick<RolloutBehaviour, 'failureMessage'>,
): void {
  const deployment = store.get(key);
  if (!deployment || deployment.metadata.generation !== generation) {
    return;
  }
  const desired = Number(recordAt(deployment, 'spec').replicas ?? 1);
  const revision = recordAt(deployment.metadata, 'annotations')[REVISION];
  const owned = ownedObjects(store, deployment, 'ReplicaSet');
  const current = owned.find(
    rs => recordAt(rs.metadata, 'annotations')[REVISION] === revision,
  );
  const name = current?.metadata.name ?? deployment.metadata.name;
  const status = recordAt(deployment, 'status');
  status.observedGeneration = generation;
  if (behaviour.outcome === 'fail') {
    if (current) {
      current.spec = { ...recordAt(current, 'spec'), replicas: 1 };
      current.status = { ...recordAt(current, 'status'), replicas: 1 };
      store.put(current);
    }
    Object.assign(status, {
      replicas: desired + 1,
      updatedReplicas: 1,
      unavailableReplicas: 1,
    });
    setCondition(status, {
      type: 'Progressing',
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message:
        behaviour.failureMessage ??
        `ReplicaSet "${name}" has timed out progressing.`,
    });
  } else {
    for (const rs of owned) {
      const isCurrent = rs.metadata.name === current?.metadata.name;
      const replicas = isCurrent ? desired : 0;
      rs.spec = { ...recordAt(rs, 'spec'), replicas };
      rs.status = {
        replicas,
        ...(isCurrent && {
          fullyLabeledReplicas: replicas,
          readyReplicas: replicas,
          availableReplicas: replicas,
        }),
        observedGeneration: rs.metadata.generation ?? 1,
      };
      store.put(rs);
    }
    delete status.unavailableReplicas;
    Object.assign(status, {
      replicas: desired,
      updatedReplicas: desired,
      readyReplicas: desired,
      availableReplicas: desired,
    });
    setCondition(status, {
      type: 'Available',
      status: 'True',
      reason: 'MinimumReplicasAvailable',
      message: 'Deployment has minimum availability.',
    });
    setCondition(status, {
      type: 'Progressing',
      status: 'True',
      reason: 'NewReplicaSetAvailable',
      message: `ReplicaSet "${name}" has successfully progressed.`,
    });
  }
  store.put(deployment);
}
