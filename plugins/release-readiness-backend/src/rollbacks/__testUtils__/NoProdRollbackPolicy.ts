import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
} from '@backstage/plugin-permission-node';
import { releaseReadinessRollbackPermission } from '@release-readiness/plugin-release-readiness-common';
import {
  createReleaseReadinessEnvironmentConditionalDecision,
  releaseReadinessEnvironmentConditions,
} from '../../permissions';

/**
 * An adopter's permission policy: `release-readiness.rollback.execute` everywhere but in prod (a
 * conditional decision on the environment resource); every other permission allowed.
 */
export class NoProdRollbackPolicy implements PermissionPolicy {
  async handle(query: PolicyQuery): Promise<PolicyDecision> {
    if (isPermission(query.permission, releaseReadinessRollbackPermission)) {
      return createReleaseReadinessEnvironmentConditionalDecision(
        query.permission,
        {
          not: releaseReadinessEnvironmentConditions.isEnvironment({
            environments: ['prod'],
          }),
        },
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
