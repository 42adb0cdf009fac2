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
import { releaseReadinessPermissions } from '@release-readiness/plugin-release-readiness-common';

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
 * - `release-readiness.restore-test.record`, `release-readiness.decision.request|vote|waive`,
 *   `release-readiness.rollback.execute`: likewise; the backend checks the environment's RACI
 *   (`backups.restoreTest.setBy`, the decision policy, `rollback.allowedBy`) for every write.
 * - `release-readiness.decision.check`: signed-in users; a pipeline's external-access token is a
 *   service principal, which the framework allows unless the token's access restrictions say
 *   otherwise.
 * - Everything else (catalog, scaffolder, …) is allowed, as in the stock app's allow-all policy.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      releaseReadinessPermissions.some(p => isPermission(request.permission, p))
    ) {
      // Only people reach a policy (service principals are allowed by the framework itself).
      return {
        result: user ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
