import { StoredObject } from '../store/StoredObject';

/** The controller owner reference a controller puts on the objects it creates for `owner`. */
export function controllerReference(owner: StoredObject) {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}
