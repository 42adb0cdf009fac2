import {
  type Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { SystemTarget } from '../../hooks/useSystemOfEntity';

/**
 * The System a catalog entity is part of (`spec.system`, e.g. `servanda` or
 * `system:default/servanda`, in the entity's namespace unless it says otherwise); `undefined`
 * when it names none, or nothing that is a System's ref.
 */
export function systemTargetOf(entity: Entity): SystemTarget | undefined {
  const value = entity.spec?.system;
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  try {
    const ref = parseEntityRef(value.trim(), {
      defaultKind: 'system',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    });
    if (ref.kind.toLocaleLowerCase('en-US') !== 'system') {
      return undefined;
    }
    return { name: ref.name, entityRef: stringifyEntityRef(ref) };
  } catch {
    return undefined;
  }
}
