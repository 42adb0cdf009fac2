import type { Entity } from '@backstage/catalog-model';
import { workloadNamesOf } from './workloadNamesOf';

/**
 * True when the entity names its workloads in the `release-readiness.io/workloads` annotation;
 * use it to show the release-readiness tab only where it has something to say (legacy frontend
 * system: `<EntityLayout.Route if={isReleaseReadinessAvailable} …>`).
 *
 * @public
 */
export function isReleaseReadinessAvailable(entity: Entity): boolean {
  return workloadNamesOf(entity).length > 0;
}
