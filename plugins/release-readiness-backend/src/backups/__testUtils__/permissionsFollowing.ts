import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { PermissionPolicy } from '@backstage/plugin-permission-node';

/**
 * The permissions service as the permission backend would answer with `policy` (definitive
 * decisions only: conditional ones are denied, as for a mock user token without a plugin actor).
 */
export function permissionsFollowing(policy: PermissionPolicy) {
  return mockServices.permissions.mock({
    authorize: requests =>
      Promise.all(
        requests.map(async ({ permission }) => {
          const decision = await policy.handle({ permission });
          return decision.result === AuthorizeResult.CONDITIONAL
            ? { result: AuthorizeResult.DENY }
            : decision;
        }),
      ),
    authorizeConditional: requests =>
      Promise.all(
        requests.map(({ permission }) => policy.handle({ permission })),
      ),
  }).factory;
}
