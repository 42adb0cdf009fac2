import { randomUUID } from 'node:crypto';
import { cloneJson } from '../json/cloneJson';
import { recordAt } from '../json/recordAt';
import { semanticEqual } from '../json/semanticEqual';
import { isRecord } from '../objects/isRecord';
import { ObjectKey, ObjectStore } from '../store/ObjectStore';
import { StoredObject } from '../store/StoredObject';
import { controllerReference } from './controllerReference';
import { ownedObjects } from './ownedObjects';
import { stringValues } from './stringValues';
import { templateHash } from './templateHash';
import { timestampNow } from './timestampNow';
import { withoutHashLabel } from './withoutHashLabel';

/** The hash label of a ControllerRevision. */
const HASH = 'controller.kubernetes.io/hash';
/** The DaemonSet annotation that mirrors its template's generation. */
const DAEMONSET_GENERATION = 'deprecated.daemonset.template.generation';

const revisionOf = (cr: StoredObject) => Number(cr.revision) || 0;

const storedTemplate = (cr: StoredObject) =>
  withoutHashLabel(recordAt(cr, 'data', 'spec').template);

function newRevision(
  set: StoredObject,
  template: Record<string, unknown>,
  revision: number,
): StoredObject {
  const hash = templateHash(withoutHashLabel(template));
  const selector = recordAt(set, 'spec', 'selector', 'matchLabels');
  return {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: `${set.metadata.name}-${hash}`,
      namespace: set.metadata.namespace,
      labels: { ...stringValues(selector), [HASH]: hash },
      ownerReferences: [controllerReference(set)],
      uid: randomUUID(),
      creationTimestamp: timestampNow(),
    },
    data: { spec: { template: { ...cloneJson(template), $patch: 'replace' } } },
    revision,
  };
}

/**
 * The StatefulSet or DaemonSet controller's part right after the set's spec changed: it observes
 * the new generation and, when the pod template changed, records it as a ControllerRevision
 * (`data` = `{"spec":{"template":{…,"$patch":"replace"}}}`, as the controllers store it): an owned
 * revision with the same template gets the next revision number (as on a rollback), else a new
 * one `<name>-<hash>` is created with it. A StatefulSet's `status.updateRevision` then names it
 * and no replica is updated yet; a DaemonSet's `deprecated.daemonset.template.generation` is its
 * generation and no pod is updated yet.
 *
 * @returns the name of the ControllerRevision that now rolls out, when the template changed
 */
export function syncRevisionedSet(
  store: ObjectStore,
  key: ObjectKey,
  templateChanged: boolean,
): string | undefined {
  const set = store.get(key);
  if (!set) {
    return undefined;
  }
  const spec = recordAt(set, 'spec');
  const status = recordAt(set, 'status');
  status.observedGeneration = set.metadata.generation;
  let rolling: string | undefined;
  if (templateChanged && isRecord(spec.template)) {
    const template = spec.template;
    const owned = ownedObjects(store, set, 'ControllerRevision');
    const latest = Math.max(0, ...owned.map(revisionOf));
    const same = owned.find(cr =>
      semanticEqual(storedTemplate(cr), withoutHashLabel(template)),
    );
    if (same) {
      if (revisionOf(same) !== latest) {
        same.revision = latest + 1;
        store.put(same);
      }
      rolling = same.metadata.name;
    } else {
      const created = newRevision(set, template, latest + 1);
      store.put(created);
      rolling = created.metadata.name;
    }
    if (set.kind === 'StatefulSet') {
      status.updateRevision = rolling;
      status.updatedReplicas =
        rolling === status.currentRevision ? spec.replicas ?? 1 : 0;
    } else {
      recordAt(set.metadata, 'annotations')[DAEMONSET_GENERATION] = String(
        set.metadata.generation,
      );
      status.updatedNumberScheduled = 0;
    }
  }
  store.put(set);
  return rolling;
}
