import { isRecord } from '../objects/isRecord';
import { StoredObject } from '../store/StoredObject';

/**
 * Whether `object`'s controller owner reference (`controller: true`) names `owner` by kind and
 * `uid`, as the controllers and the garbage collector decide what an object belongs to.
 */
export function isControlledBy(
  object: StoredObject,
  owner: StoredObject,
): boolean {
  const references = object.metadata.ownerReferences;
  return (
    Array.isArray(references) &&
    references.some(
      r =>
        isRecord(r) &&
        r.controller === true &&
        r.kind === owner.kind &&
        r.uid !== undefined &&
        r.uid === owner.metadata.uid,
    )
  );
}
