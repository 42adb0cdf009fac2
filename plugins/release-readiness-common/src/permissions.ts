import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The permission resource type of a gate of an environment: resources are identified by
 * {@link releaseReadinessGateResourceRef}.
 *
 * @public
 */
export const RELEASE_READINESS_GATE_RESOURCE_TYPE = 'release-readiness-gate';

/**
 * Allows reading the release-readiness board: environments, workloads, gates, people.
 *
 * @public
 */
export const releaseReadinessReadPermission = createPermission({
  name: 'release-readiness.board.read',
  attributes: { action: 'read' },
});

/**
 * Allows setting the result of a manual gate, per environment and gate (a resource permission:
 * a policy can allow it for `dev` and deny it for `prod`).
 *
 * @remarks
 * The backend checks it for the acting user *and* checks the environment's RACI (the gate's
 * `setBy` roles); both must allow.
 *
 * @public
 */
export const releaseReadinessGateSetPermission = createPermission({
  name: 'release-readiness.gate.set',
  attributes: { action: 'update' },
  resourceType: RELEASE_READINESS_GATE_RESOURCE_TYPE,
});

/**
 * The resource ref of a gate for permission checks: `<environment>/<gate>`, e.g. `prod/staging`.
 *
 * @public
 */
export function releaseReadinessGateResourceRef(resource: {
  environment: string;
  gate: string;
}): string {
  return `${resource.environment}/${resource.gate}`;
}

/**
 * Reads a ref made by {@link releaseReadinessGateResourceRef}; undefined when it is not one.
 *
 * @public
 */
export function parseReleaseReadinessGateResourceRef(
  ref: string,
): { environment: string; gate: string } | undefined {
  const match = /^([a-z][a-z0-9-]*)\/([a-z][a-z0-9-]*)$/.exec(ref);
  return match ? { environment: match[1], gate: match[2] } : undefined;
}

/**
 * Every permission the release-readiness plugins define.
 *
 * @public
 */
export const releaseReadinessPermissions = [
  releaseReadinessReadPermission,
  releaseReadinessGateSetPermission,
];
