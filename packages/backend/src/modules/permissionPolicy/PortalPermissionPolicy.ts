import { isPermission } from '@backstage/plugin-permission-common';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  releaseReadinessGateSetPermission,
  releaseReadinessReadPermission,
  releaseReadinessRestoreTestRecordPermission,
} from '@internal/backstage-plugin-release-readiness-common';

/**
 * The demo portal's permission policy.
 *
 * @remarks
 * - `release-readiness.board.read`: every signed-in user may read every board.
 * - `release-readiness.gate.set`: allowed here, because the release-readiness backend checks the
 *   environment's RACI for every write on top of this policy (the gate's `setBy` roles; by default
 *   the Responsible and Accountable of `go-no-go`). A user without the role is refused by the
 *   plugin, whatever this policy says. An adopter who wants a stricter rule returns a conditional
 *   decision instead, e.g. only `dev` and `stage` (see the README's Permissions section).
 * - `release-readiness.restore-test.record`: likewise; the backend checks the environment's
 *   `backups.restoreTest.setBy` in the RACI for every record.
 * - Everything else (catalog, scaffolder, …) is allowed, as in the stock app's allow-all policy.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      isPermission(request.permission, releaseReadinessReadPermission) ||
      isPermission(request.permission, releaseReadinessGateSetPermission) ||
      isPermission(
        request.permission,
        releaseReadinessRestoreTestRecordPermission,
      )
    ) {
      // Only people reach a policy (service principals are allowed by the framework itself).
      return {
        result: user ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
