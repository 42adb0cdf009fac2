import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  releaseReadinessDecisionCheckPermission,
  releaseReadinessDecisionRequestPermission,
  releaseReadinessDecisionVotePermission,
  releaseReadinessDecisionWaivePermission,
  releaseReadinessGateSetPermission,
  releaseReadinessReadPermission,
  releaseReadinessRestoreTestRecordPermission,
  releaseReadinessRollbackPermission,
} from '@release-readiness/plugin-release-readiness-common';
import { PortalPermissionPolicy } from './PortalPermissionPolicy';

const guest = {
  credentials: mockCredentials.user('user:development/guest'),
  info: { userEntityRef: 'user:development/guest', ownershipEntityRefs: [] },
};

describe('PortalPermissionPolicy', () => {
  const policy = new PortalPermissionPolicy();

  it('lets every signed-in user read the board and defers every write (gates, restore tests, decisions, rollbacks) to the RACI check', async () => {
    for (const permission of [
      releaseReadinessReadPermission,
      releaseReadinessGateSetPermission,
      releaseReadinessRestoreTestRecordPermission,
      releaseReadinessDecisionRequestPermission,
      releaseReadinessDecisionVotePermission,
      releaseReadinessDecisionWaivePermission,
      releaseReadinessDecisionCheckPermission,
      releaseReadinessRollbackPermission,
    ]) {
      expect(await policy.handle({ permission }, guest)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
      expect(await policy.handle({ permission })).toEqual({
        result: AuthorizeResult.DENY,
      });
    }
  });

  it('allows the other plugins as the stock demo policy did', async () => {
    const permission = createPermission({
      name: 'catalog.entity.read',
      attributes: { action: 'read' },
    });
    expect(await policy.handle({ permission }, guest)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });
});
