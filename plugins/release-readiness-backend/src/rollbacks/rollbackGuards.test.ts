import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { permissionsFollowing } from '../backups/__testUtils__/permissionsFollowing';
import { NoProdRollbackPolicy } from './__testUtils__/NoProdRollbackPolicy';
import { JONAS, MARA } from './__testUtils__/rollbackPeople';
import {
  API_IMAGES,
  startRollbacksBackend,
} from './__testUtils__/startRollbacksBackend';

/**
 * Who may roll back, and when, through the real plugin: the RACI (the Responsible of "trigger
 * rollback"), the resource permission per environment, the freeze rule and the rule for
 * Helm-managed workloads. A refusal writes nothing, is recorded and is an audit event.
 */

jest.setTimeout(60_000);

const recordsOf = async (
  api: Awaited<ReturnType<typeof startRollbacksBackend>>['api'],
): Promise<RollbackRecord[]> =>
  (await api.list(MARA, '?environment=prod')).body.items;

describe('the rollback guards', () => {
  it('refuses the product owner (Accountable, not Responsible) with the RACI reason: 403, no write, a refused record and a failed audit event', async () => {
    const { api, control, workloads, events } = await startRollbacksBackend();
    const res = await api.rollBack(JONAS);
    expect(res.status).toBe(403);
    expect(res.body.error.name).toBe('NotAllowedError');
    expect(res.body.error.message).toBe(
      `${JONAS} is not responsible for 'Trigger rollback' in prod`,
    );
    expect(control.writes).toEqual([]);
    expect(control.plans).toEqual([]);
    expect(workloads.imageOf('prod', 'Deployment', 'servanda-api')).toBe(
      API_IMAGES[3],
    );
    const records = await recordsOf(api);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      actor: JONAS,
      outcome: 'refused',
      dryRun: false,
      message: res.body.error.message,
    });
    const audited = events.filter(e => e.eventId === 'rollback');
    expect(audited).toHaveLength(1);
    expect(audited[0].outcome).toBe('fail');
    expect(audited[0].error?.message).toBe(res.body.error.message);
    expect(audited[0].meta).toMatchObject({ system: 'default' });
  });

  it('follows a permission policy that denies rollbacks in prod only: 403 there, allowed in stage', async () => {
    const { api, control } = await startRollbacksBackend({
      features: [permissionsFollowing(new NoProdRollbackPolicy())],
    });
    const prod = await api.rollBack(MARA);
    expect(prod.status).toBe(403);
    expect(prod.body.error.message).toBe(
      'The permission policy does not allow you to roll back in default/prod (release-readiness.rollback.execute)',
    );
    expect(control.writes).toEqual([]);
    const stage = await api.rollBack(MARA, { environment: 'stage' });
    expect(stage.status).toBe(201);
    expect(stage.body.outcome).toBe('in-progress');
    expect(control.writes.map(w => w.environment)).toEqual(['stage']);
  });

  describe('inside a freeze', () => {
    it('needs an override reason (409 without one, recorded with it); a dry run is never held back', async () => {
      const { api, control } = await startRollbacksBackend({ freezeNow: true });
      const refused = await api.rollBack(MARA);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain('Incident freeze');
      expect(refused.body.error.message).toContain('overrideReason');
      expect(control.writes).toEqual([]);
      const dry = await api.rollBack(MARA, { dryRun: true });
      expect(dry.status).toBe(201);
      expect(dry.body.outcome).toBe('dry-run');
      const overrideReason = 'Customers cannot log in; the freeze owner agreed';
      const allowed = await api.rollBack(MARA, { overrideReason });
      expect(allowed.status).toBe(201);
      expect(allowed.body.overrideReason).toBe(overrideReason);
      expect((await api.record(MARA, allowed.body.id)).overrideReason).toBe(
        overrideReason,
      );
      expect(control.writes).toHaveLength(1);
      expect((await recordsOf(api)).map(r => r.outcome)).toEqual([
        'in-progress',
        'dry-run',
        'refused',
      ]);
    });

    it('lets a rollback through without a reason where rollbacks are exempt (freeze: exempt)', async () => {
      const { api, control } = await startRollbacksBackend({
        freezeNow: true,
        prodRollback: { freeze: 'exempt' },
      });
      const res = await api.rollBack(MARA);
      expect(res.status).toBe(201);
      expect(control.writes).toHaveLength(1);
    });

    it('refuses every rollback, override or not, where the policy says refuse', async () => {
      const { api, control } = await startRollbacksBackend({
        freezeNow: true,
        prodRollback: { freeze: 'refuse' },
      });
      const res = await api.rollBack(MARA, {
        overrideReason: 'Customers cannot log in',
      });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('rollback.freeze: refuse');
      expect(control.writes).toEqual([]);
    });

    it('does not hold a rollback back outside the freeze', async () => {
      const { api, control } = await startRollbacksBackend({
        prodRollback: { freeze: 'refuse' },
      });
      expect((await api.rollBack(MARA)).status).toBe(201);
      expect(control.writes).toHaveLength(1);
    });
  });

  describe('a Helm-managed workload', () => {
    it('is refused for the native strategy with the helm rollback hint: 409, no write, a refused record', async () => {
      const { api, control } = await startRollbacksBackend();
      const res = await api.rollBack(MARA, { name: 'keycloak' });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain(
        "'helm rollback servanda-keycloak -n servanda-prod'",
      );
      expect(control.writes).toEqual([]);
      expect(control.plans).toEqual([]);
      const [record] = await recordsOf(api);
      expect(record).toMatchObject({
        workload: { kind: 'Deployment', name: 'keycloak' },
        outcome: 'refused',
        message: res.body.error.message,
      });
    });

    it('is rolled back natively where the policy allows it (allowManaged: true)', async () => {
      const { api, control, workloads } = await startRollbacksBackend({
        prodRollback: { allowManaged: true },
      });
      const res = await api.rollBack(MARA, { name: 'keycloak' });
      expect(res.status).toBe(201);
      expect(control.writes).toEqual([
        expect.objectContaining({ name: 'keycloak', from: 5, to: 4 }),
      ]);
      expect(workloads.imageOf('prod', 'Deployment', 'keycloak')).toBe(
        'quay.io/keycloak/keycloak:25.0.6',
      );
    });
  });
});
