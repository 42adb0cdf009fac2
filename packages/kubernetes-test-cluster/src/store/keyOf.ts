import { ObjectKey } from './ObjectStore';
import { StoredObject } from './StoredObject';

/** The identity of `object` in the store: type, namespace and name. */
export function keyOf(object: StoredObject): ObjectKey {
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    namespace: object.metadata.namespace,
    name: object.metadata.name,
  };
}
