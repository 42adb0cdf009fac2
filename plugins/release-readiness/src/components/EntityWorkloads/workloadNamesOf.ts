import type { Entity } from '@backstage/catalog-model';
import { RELEASE_READINESS_WORKLOADS_ANNOTATION } from '@release-readiness/plugin-release-readiness-common';

/** The workload names in an entity's `release-readiness.io/workloads` annotation. */
export function workloadNamesOf(entity: Entity): string[] {
  const value =
    entity.metadata.annotations?.[RELEASE_READINESS_WORKLOADS_ANNOTATION] ?? '';
  return [
    ...new Set(
      value
        .split(',')
        .map(name => name.trim())
        .filter(Boolean),
    ),
  ];
}
