import type { Entity } from '@backstage/catalog-model';
import { systemTargetOf } from './systemTargetOf';
import { workloadNamesOf } from './workloadNamesOf';

/**
 * True when the release-readiness tab has something to say about the entity: it names its
 * workloads in the `release-readiness.io/workloads` annotation, or it is a Component of a System
 * (`spec.system`). Legacy frontend system: `<EntityLayout.Route if={isReleaseReadinessAvailable} …>`.
 *
 * @public
 */
export function isReleaseReadinessAvailable(entity: Entity): boolean {
  return (
    workloadNamesOf(entity).length > 0 ||
    (entity.kind.toLocaleLowerCase('en-US') === 'component' &&
      systemTargetOf(entity) !== undefined)
  );
}
