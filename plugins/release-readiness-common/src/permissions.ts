import { createPermission } from '@backstage/plugin-permission-common';

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
 * Allows setting the result of a manual gate (for teams without a CI source).
 *
 * @public
 */
export const releaseReadinessGateSetPermission = createPermission({
  name: 'release-readiness.gate.set',
  attributes: { action: 'update' },
});

/**
 * Every permission the release-readiness plugins define.
 *
 * @public
 */
export const releaseReadinessPermissions = [
  releaseReadinessReadPermission,
  releaseReadinessGateSetPermission,
];
