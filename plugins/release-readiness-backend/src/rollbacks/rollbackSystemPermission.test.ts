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
import { permissionsFollowing } from '../backups/__testUtils__/permissionsFollowing';
import {
  createReleaseReadinessEnvironmentConditionalDecision,
  releaseReadinessEnvironmentConditions,
} from '../permissions';
import { MARA } from './__testUtils__/rollbackPeople';
import { startRollbacksBackend } from './__testUtils__/startRollbacksBackend';

/**
 * The environment resource's `IS_SYSTEM` rule through the real plugin: a permission policy that
 * allows rollbacks in named systems only decides by the system the environment belongs to (the
 * single-system shorthand's system is `default`).
 */

jest.setTimeout(60_000);

/** An adopter's policy: rollbacks only in the given systems; everything else allowed. */
class RollbacksInSystems implements PermissionPolicy {
  constructor(private readonly systems: string[]) {}

  async handle(query: PolicyQuery): Promise<PolicyDecision> {
    if (isPermission(query.permission, releaseReadinessRollbackPermission)) {
      return createReleaseReadinessEnvironmentConditionalDecision(
        query.permission,
        releaseReadinessEnvironmentConditions.isSystem({
          systems: this.systems,
        }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

describe('the IS_SYSTEM permission rule of rollbacks', () => {
  it('allows the on-call to roll back in a system the policy names', async () => {
    const { api, control } = await startRollbacksBackend({
      features: [permissionsFollowing(new RollbacksInSystems(['default']))],
    });
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(201);
    expect(res.body.outcome).toBe('in-progress');
    expect(control.writes.map(w => w.environment)).toEqual(['prod']);
  });

  it('refuses the same rollback when the policy names only another system, and writes nothing', async () => {
    const { api, control } = await startRollbacksBackend({
      features: [permissionsFollowing(new RollbacksInSystems(['wimmelwelt']))],
    });
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'The permission policy does not allow you to roll back in default/prod (release-readiness.rollback.execute)',
    );
    expect(control.writes).toEqual([]);
  });
});
