import {
  ANNOTATION_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import { RELEASE_READINESS_POLICY_ANNOTATION } from '@release-readiness/plugin-release-readiness-common';

/**
 * The URL of a System's policy file: its `release-readiness.io/policy` annotation resolved against
 * the entity's source location (`backstage.io/source-location`, else the location it was read
 * from, `backstage.io/managed-by-location`), the way the catalog resolves relative targets.
 *
 * @returns the URL, or why there is none
 */
export function policyUrlOf(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
): { url: string } | { error: string } {
  const annotations = entity.metadata.annotations ?? {};
  const target = annotations[RELEASE_READINESS_POLICY_ANNOTATION]?.trim();
  if (!target) {
    return {
      error: `has no ${RELEASE_READINESS_POLICY_ANNOTATION} annotation`,
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    return /^https?:\/\//.test(target)
      ? { url: target }
      : {
          error: `${RELEASE_READINESS_POLICY_ANNOTATION} must be a path relative to the entity or an http(s) URL`,
        };
  }
  const base =
    annotations[ANNOTATION_SOURCE_LOCATION] ?? annotations[ANNOTATION_LOCATION];
  if (!base) {
    return {
      error: 'has no source location to resolve its policy file against',
    };
  }
  let location: { type: string; target: string };
  try {
    location = parseLocationRef(base);
  } catch {
    return { error: `has an unreadable source location` };
  }
  if (location.type !== 'url') {
    return {
      error: `was read from a ${location.type} location; policy files are read from url locations (a repository, or any URL the backend may read)`,
    };
  }
  return {
    url: integrations.resolveUrl({ url: target, base: location.target }),
  };
}
