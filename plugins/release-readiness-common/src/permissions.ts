import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The permission resource type of a gate of an environment of a system: resources are identified by
 * {@link releaseReadinessGateResourceRef}.
 *
 * @public
 */
export const RELEASE_READINESS_GATE_RESOURCE_TYPE = 'release-readiness-gate';

/**
 * The permission resource type of an environment of a system: resources are identified by
 * {@link releaseReadinessEnvironmentResourceRef}.
 *
 * @public
 */
export const RELEASE_READINESS_ENVIRONMENT_RESOURCE_TYPE =
  'release-readiness-environment';

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
 * Allows posting a restore-test record (with a link to its report). The backend also checks the
 * environment's RACI (`backups.restoreTest.setBy`); both must allow.
 *
 * @public
 */
export const releaseReadinessRestoreTestRecordPermission = createPermission({
  name: 'release-readiness.restore-test.record',
  attributes: { action: 'create' },
});

/**
 * Allows requesting a go/no-go decision. The backend also checks the environment's RACI (the
 * decision policy's `requesters`); both must allow.
 *
 * @public
 */
export const releaseReadinessDecisionRequestPermission = createPermission({
  name: 'release-readiness.decision.request',
  attributes: { action: 'create' },
});

/**
 * Allows voting go or no-go on a decision. The backend also checks the RACI (`voters` and the
 * approvals of the decision policy); both must allow.
 *
 * @public
 */
export const releaseReadinessDecisionVotePermission = createPermission({
  name: 'release-readiness.decision.vote',
  attributes: { action: 'update' },
});

/**
 * Allows waiving a failing or unknown readiness item of a decision. The backend also checks the
 * RACI (`waivers` of the decision policy, by default the Accountable); both must allow.
 *
 * @public
 */
export const releaseReadinessDecisionWaivePermission = createPermission({
  name: 'release-readiness.decision.waive',
  attributes: { action: 'update' },
});

/**
 * Allows asking `GET /decisions/check` (may this version go now): the one permission a CD
 * pipeline's external-access token needs.
 *
 * @public
 */
export const releaseReadinessDecisionCheckPermission = createPermission({
  name: 'release-readiness.decision.check',
  attributes: { action: 'read' },
});

/**
 * Allows rolling a workload back, per environment (a resource permission: a policy can allow it
 * for `dev` and `stage` only). The backend also checks the environment's RACI ("rollback":
 * by default its Responsible, the on-call); both must allow.
 *
 * @public
 */
export const releaseReadinessRollbackPermission = createPermission({
  name: 'release-readiness.rollback.execute',
  attributes: { action: 'update' },
  resourceType: RELEASE_READINESS_ENVIRONMENT_RESOURCE_TYPE,
});

/**
 * The resource ref of an environment for permission checks: `<system>/<environment>`, e.g.
 * `servanda/prod`.
 *
 * @public
 */
export function releaseReadinessEnvironmentResourceRef(resource: {
  system: string;
  environment: string;
}): string {
  return `${resource.system}/${resource.environment}`;
}

/**
 * Reads a ref made by {@link releaseReadinessEnvironmentResourceRef}; undefined when it is not one.
 *
 * @public
 */
export function parseReleaseReadinessEnvironmentResourceRef(
  ref: string,
): { system: string; environment: string } | undefined {
  const name = '[a-z0-9][a-z0-9._-]*';
  const match = new RegExp(`^(${name})/(${name})$`).exec(ref);
  return match ? { system: match[1], environment: match[2] } : undefined;
}

/**
 * The resource ref of a gate for permission checks: `<system>/<environment>/<gate>`, e.g.
 * `servanda/prod/staging`.
 *
 * @public
 */
export function releaseReadinessGateResourceRef(resource: {
  system: string;
  environment: string;
  gate: string;
}): string {
  return `${resource.system}/${resource.environment}/${resource.gate}`;
}

/**
 * Reads a ref made by {@link releaseReadinessGateResourceRef}; undefined when it is not one.
 *
 * @public
 */
export function parseReleaseReadinessGateResourceRef(
  ref: string,
): { system: string; environment: string; gate: string } | undefined {
  const name = '[a-z0-9][a-z0-9._-]*';
  const match = new RegExp(`^(${name})/(${name})/(${name})$`).exec(ref);
  return match
    ? { system: match[1], environment: match[2], gate: match[3] }
    : undefined;
}

/**
 * Every permission the release-readiness plugins define.
 *
 * @public
 */
export const releaseReadinessPermissions = [
  releaseReadinessReadPermission,
  releaseReadinessGateSetPermission,
  releaseReadinessRestoreTestRecordPermission,
  releaseReadinessDecisionRequestPermission,
  releaseReadinessDecisionVotePermission,
  releaseReadinessDecisionWaivePermission,
  releaseReadinessDecisionCheckPermission,
  releaseReadinessRollbackPermission,
];
