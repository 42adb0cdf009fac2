import { cloneJson } from '../json/cloneJson';
import { ObjectStore } from '../store/ObjectStore';
import { StoredObject } from '../store/StoredObject';
import { isControlledBy } from './isControlledBy';

/** The `apps/v1` objects of `kind` in `owner`'s namespace that `owner` controls (copies). */
export function ownedObjects(
  store: ObjectStore,
  owner: StoredObject,
  kind: 'ReplicaSet' | 'ControllerRevision',
): StoredObject[] {
  return store
    .list({
      apiVersion: 'apps/v1',
      kind,
      namespace: owner.metadata.namespace,
      matches: () => true,
    })
    .filter(o => isControlledBy(o, owner))
    .map(cloneJson);
}
