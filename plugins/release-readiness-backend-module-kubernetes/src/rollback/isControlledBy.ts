import type { ObjectMetadata } from './RevisionedObjects';

/**
 * Whether the object's controller owner reference (`controller: true`) names the workload by
 * kind and `uid`: a revision is the workload's own only then, never by labels or names (a
 * deleted and recreated workload's leftovers have another owner `uid`).
 */
export function isControlledBy(
  metadata: ObjectMetadata,
  owner: { kind: string; uid?: string },
): boolean {
  return (
    owner.uid !== undefined &&
    (metadata.ownerReferences ?? []).some(
      r =>
        r.controller === true && r.kind === owner.kind && r.uid === owner.uid,
    )
  );
}
