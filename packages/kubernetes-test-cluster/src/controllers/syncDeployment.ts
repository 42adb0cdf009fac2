import { randomUUID } from 'node:crypto';
import { cloneJson } from '../json/cloneJson';
import { recordAt } from '../json/recordAt';
import { semanticEqual } from '../json/semanticEqual';
import { isRecord } from '../objects/isRecord';
import { ObjectKey, ObjectStore } from '../store/ObjectStore';
import { StoredObject } from '../store/StoredObject';
import { controllerReference } from './controllerReference';
import {
  NOT_COPIED,
  REVISION,
  REVISION_HISTORY,
} from './deploymentAnnotations';
import { ownedObjects } from './ownedObjects';
import { stringValues } from './stringValues';
import { setCondition } from './setCondition';
import { templateHash } from './templateHash';
import { timestampNow } from './timestampNow';
import { POD_TEMPLATE_HASH, withoutHashLabel } from './withoutHashLabel';

const revisionOf = (o: StoredObject) =>
  Number(recordAt(o.metadata, 'annotations')[REVISION]) || 0;

function copiedAnnotations(deployment: StoredObject): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(recordAt(deployment.metadata, 'annotations')).filter(
      ([k]) => !NOT_COPIED.has(k),
    ),
  );
}

function newReplicaSet(
  deployment: StoredObject,
  template: Record<string, unknown>,
  revision: number,
): StoredObject {
  const hash = templateHash(withoutHashLabel(template));
  const replicas = Number(recordAt(deployment, 'spec').replicas ?? 1);
  const podTemplate = cloneJson(template);
  const labels = recordAt(podTemplate, 'metadata', 'labels');
  labels[POD_TEMPLATE_HASH] = hash;
  const selector = recordAt(deployment, 'spec', 'selector', 'matchLabels');
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${deployment.metadata.name}-${hash}`,
      namespace: deployment.metadata.namespace,
      labels: stringValues(labels),
      annotations: {
        ...copiedAnnotations(deployment),
        'deployment.kubernetes.io/desired-replicas': String(replicas),
        'deployment.kubernetes.io/max-replicas': String(replicas + 1),
        [REVISION]: String(revision),
      },
      ownerReferences: [controllerReference(deployment)],
      uid: randomUUID(),
      creationTimestamp: timestampNow(),
      generation: 1,
    },
    spec: {
      replicas: 0,
      selector: { matchLabels: { ...selector, [POD_TEMPLATE_HASH]: hash } },
      template: podTemplate,
    },
    status: { replicas: 0, observedGeneration: 1 },
  };
}

/**
 * The deployment controller's part right after a Deployment's spec changed: it observes the new
 * generation and, when the pod template changed (ignoring `pod-template-hash`) and the Deployment
 * is not paused, gives the template the next revision: the owned ReplicaSet with that template
 * gets the new number (its old one added to `deployment.kubernetes.io/revision-history`, as on a
 * rollback), else a new owned ReplicaSet `<name>-<hash>` is created with 0 replicas. The
 * Deployment then carries that revision and a `Progressing` condition `ReplicaSetUpdated`.
 *
 * @returns the name of the ReplicaSet that now rolls out, when the template changed
 */
export function syncDeployment(
  store: ObjectStore,
  key: ObjectKey,
  templateChanged: boolean,
): string | undefined {
  const deployment = store.get(key);
  if (!deployment) {
    return undefined;
  }
  const spec = recordAt(deployment, 'spec');
  const status = recordAt(deployment, 'status');
  status.observedGeneration = deployment.metadata.generation;
  let rolling: string | undefined;
  if (templateChanged && spec.paused !== true && isRecord(spec.template)) {
    const template = spec.template;
    const owned = ownedObjects(store, deployment, 'ReplicaSet');
    const revision =
      Math.max(revisionOf(deployment), ...owned.map(revisionOf), 0) + 1;
    const same = owned.find(rs =>
      semanticEqual(
        withoutHashLabel(recordAt(rs, 'spec').template),
        withoutHashLabel(template),
      ),
    );
    if (same) {
      const annotations = recordAt(same.metadata, 'annotations');
      const history = [annotations[REVISION_HISTORY], annotations[REVISION]]
        .filter(v => typeof v === 'string' && v !== '')
        .join(',');
      Object.assign(annotations, copiedAnnotations(deployment), {
        [REVISION]: String(revision),
        [REVISION_HISTORY]: history,
      });
      store.put(same);
      rolling = same.metadata.name;
    } else {
      const created = newReplicaSet(deployment, template, revision);
      store.put(created);
      rolling = created.metadata.name;
    }
    recordAt(deployment.metadata, 'annotations')[REVISION] = String(revision);
    status.updatedReplicas = 0;
    setCondition(status, {
      type: 'Progressing',
      status: 'True',
      reason: 'ReplicaSetUpdated',
      message: `ReplicaSet "${rolling}" is progressing.`,
    });
  }
  store.put(deployment);
  return rolling;
}
