import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import request from 'supertest';
import { DENIZ, JONAS, MARA } from './__testUtils__/rollbackPeople';
import { SYSTEM } from './__testUtils__/rollbacksApi';
import { startRollbacksBackend } from './__testUtils__/startRollbacksBackend';
import { mockCredentials } from '@backstage/backend-test-utils';

/**
 * The rollback records through the real plugin: listed newest first per environment, read one
 * by one, never changed or deleted (405), and the playbook's follow-ups (communication, the
 * post-mortem's owner and link, due 48 hours after the write).
 */

jest.setTimeout(60_000);

const HOURS_48 = 48 * 60 * 60 * 1000;
const BASE = `/api/release-readiness${SYSTEM}`;

describe('the rollback records', () => {
  it('lists the records of an environment newest first and reads one by id', async () => {
    const { api } = await startRollbacksBackend();
    const dry = await api.rollBack(MARA, { dryRun: true });
    const stage = await api.rollBack(MARA, { environment: 'stage' });
    const real = await api.rollBack(MARA);
    expect([dry.status, stage.status, real.status]).toEqual([201, 201, 201]);

    const prod = await api.list(MARA, '?environment=prod');
    expect(prod.status).toBe(200);
    expect(prod.body.items.map((r: RollbackRecord) => r.id)).toEqual([
      real.body.id,
      dry.body.id,
    ]);
    const staged = await api.list(MARA, '?environment=stage');
    expect(staged.body.items.map((r: RollbackRecord) => r.id)).toEqual([
      stage.body.id,
    ]);
    const limited = await api.list(MARA, '?limit=1');
    expect(limited.body.items.map((r: RollbackRecord) => r.id)).toEqual([
      real.body.id,
    ]);

    const one = await api.get(MARA, `${SYSTEM}/rollbacks/${dry.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(dry.body);
    // The routes without a system serve the default system's records too.
    const unprefixed = await api.get(MARA, `/rollbacks/${dry.body.id}`);
    expect(unprefixed.status).toBe(200);
    expect(unprefixed.body).toEqual(dry.body);
  });

  it('answers 404 for an unknown record or environment and 400 naming a bad query parameter', async () => {
    const { api } = await startRollbacksBackend();
    const missing = await api.get(
      MARA,
      `${SYSTEM}/rollbacks/00000000-0000-4000-8000-000000000000`,
    );
    expect(missing.status).toBe(404);
    expect((await api.list(MARA, '?environment=qa')).status).toBe(404);
    const limit = await api.list(MARA, '?limit=0');
    expect(limit.status).toBe(400);
    expect(limit.body.error.message).toContain("'limit'");
    const unknown = await api.list(MARA, '?env=prod');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("'env'");
  });

  it.each(['put', 'patch', 'delete'] as const)(
    'refuses %s on records with 405: they are append-only',
    async method => {
      const { api, server } = await startRollbacksBackend();
      const created = await api.rollBack(MARA, { dryRun: true });
      for (const path of ['/rollbacks', `/rollbacks/${created.body.id}`]) {
        const res = await request(server)
          [method](`${BASE}${path}`)
          .set('Authorization', mockCredentials.user.header(MARA))
          .send({ outcome: 'succeeded' });
        expect(res.status).toBe(405);
        expect(res.body.error.name).toBe('MethodNotAllowedError');
        expect(res.headers.allow).toContain('GET');
      }
      expect(await api.record(MARA, created.body.id)).toEqual(created.body);
    },
  );
});

describe('the follow-ups of a rollback', () => {
  it('are due 48 hours after the write and recorded by the user who rolled back', async () => {
    const { api } = await startRollbacksBackend();
    const before = Date.now();
    const res = await api.rollBack(MARA);
    const after = Date.now();
    const dueAt = Date.parse(res.body.followUps.postMortem.dueAt);
    expect(dueAt - HOURS_48).toBeGreaterThanOrEqual(before - 1000);
    expect(dueAt - HOURS_48).toBeLessThanOrEqual(after + 1000);
    expect(res.body.followUps.communication).toEqual({ done: false });
    const id = res.body.id;

    const told = await api.followUp(MARA, id, {
      field: 'communication',
      value: true,
    });
    expect(told.status).toBe(200);
    expect(told.body.followUps.communication).toMatchObject({
      done: true,
      by: MARA,
    });
    const owner = await api.followUp(MARA, id, {
      field: 'postMortemOwner',
      value: JONAS,
    });
    expect(owner.body.followUps.postMortem.owner).toBe(JONAS);
    const link = 'https://wiki.example/servanda/post-mortems/2026-12-02';
    const linked = await api.followUp(MARA, id, {
      field: 'postMortemLink',
      value: link,
    });
    expect(linked.status).toBe(200);
    expect(await api.record(MARA, id)).toMatchObject({
      followUps: {
        communication: { done: true, by: MARA },
        postMortem: {
          owner: JONAS,
          link,
          dueAt: res.body.followUps.postMortem.dueAt,
        },
      },
    });
  });

  it('take only http(s) links, from the actor or someone allowed to roll back, and never for a dry run', async () => {
    const { api } = await startRollbacksBackend();
    const { body } = await api.rollBack(MARA);
    for (const value of [
      // eslint-disable-next-line no-script-url -- the link the route must refuse
      'javascript:alert(1)',
      'ftp://wiki.example/pm',
    ]) {
      const res = await api.followUp(MARA, body.id, {
        field: 'postMortemLink',
        value,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain("'value'");
    }
    const owner = await api.followUp(MARA, body.id, {
      field: 'postMortemOwner',
      value: 'mara',
    });
    expect(owner.status).toBe(400);

    const outsider = await api.followUp(JONAS, body.id, {
      field: 'communication',
      value: true,
    });
    expect(outsider.status).toBe(403);
    const colleague = await api.followUp(DENIZ, body.id, {
      field: 'communication',
      value: true,
    });
    expect(colleague.status).toBe(200);
    expect(colleague.body.followUps.communication.by).toBe(DENIZ);
    expect((await api.record(MARA, body.id)).followUps?.postMortem.link).toBe(
      undefined,
    );

    const dry = await api.rollBack(MARA, { dryRun: true });
    expect(dry.body.followUps).toBeUndefined();
    const none = await api.followUp(MARA, dry.body.id, {
      field: 'communication',
      value: true,
    });
    expect(none.status).toBe(409);
  });
});
