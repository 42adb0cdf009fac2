import type { V1ObjectMeta, V1OwnerReference } from '@kubernetes/client-node';

/**
 * The owner reference that marks an object's managing controller (`controller: true`), as the
 * garbage collector and `kubectl` read it. Other owner references (`controller` false or unset)
 * are not followed: they record dependents, not who created the object.
 */
export function controllerOf(
  metadata: V1ObjectMeta | undefined,
): V1OwnerReference | undefined {
  return metadata?.ownerReferences?.find(o => o.controller === true);
}
