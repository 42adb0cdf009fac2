import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { resolve } from 'node:path';
import { testDatabaseIds } from '../../__testUtils__/testDatabaseIds';
import { DatabaseRollbackStore } from './DatabaseRollbackStore';
import {
  LENA,
  TABLE,
  createStore,
  requestedRecord,
} from './__testUtils__/rollbackFixtures';

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

// Not `toThrow`: better-sqlite3's errors come from the realm of whichever test file loaded the
// native module first, so they are not `instanceof Error` here.
const APPEND_ONLY = { message: expect.stringMatching(/append-only/) };

/** A rollback with a write, a verification and a follow-up: four events. */
async function fill(store: DatabaseRollbackStore) {
  const asked = requestedRecord();
  await store.appendRequested({ record: asked, requestId: 'r' });
  await store.appendExecuted({
    rollbackId: asked.id,
    outcome: 'in-progress',
    message: 'Patched',
  });
  await store.appendVerified({
    rollbackId: asked.id,
    verification: {
      status: 'failed',
      checks: [{ name: 'rollout', status: 'fail', detail: '0 of 3 ready' }],
    },
    outcome: 'failed',
    message: 'Verification failed: rollout: 0 of 3 ready',
  });
  await store.appendFollowUp({
    rollbackId: asked.id,
    actor: LENA,
    requestId: 'comm',
    field: 'communication',
    value: true,
  });
  return asked.id;
}

describe.each(databases.eachSupportedId())(
  'DatabaseRollbackStore storage on %s',
  id => {
    it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
      const { knex, store } = await createStore(databases, id);
      const rollbackId = await fill(store);
      const before = await store.get('servanda', rollbackId);
      const [first] = await knex(TABLE).orderBy('seq');
      await expect(
        knex(TABLE).where({ seq: first.seq }).update({ payload: '{}' }),
      ).rejects.toMatchObject(APPEND_ONLY);
      await expect(
        knex(TABLE).where({ type: 'verified' }).update({ type: 'x' }),
      ).rejects.toMatchObject(APPEND_ONLY);
      await expect(
        knex(TABLE).where({ seq: first.seq }).delete(),
      ).rejects.toMatchObject(APPEND_ONLY);
      await expect(knex(TABLE).delete()).rejects.toMatchObject(APPEND_ONLY);
      await expect(knex(TABLE).truncate()).rejects.toMatchObject(APPEND_ONLY);
      const [{ count }] = await knex(TABLE).count({ count: '*' });
      expect(Number(count)).toBe(4);
      expect(await store.get('servanda', rollbackId)).toEqual(before);
    });

    it('names an unreadable event without quoting it', async () => {
      const { knex, store } = await createStore(databases, id);
      const rollbackId = await fill(store);
      // Rows only come through the store; a row written around it must not leak its text.
      await knex(TABLE).insert({
        id: 'bad-event',
        rollback_id: rollbackId,
        system: 'servanda',
        environment: 'prod',
        kind: 'Deployment',
        name: 'servanda-api',
        type: 'follow-up',
        payload: '{"field":"postMortemLink","value":42,"token":"s3cr3t"',
        actor: LENA,
        request_id: null,
        unique_key: null,
        created_at: new Date('2026-12-01T12:00:00.000Z'),
      });
      const unreadable = {
        name: 'Error',
        message: expect.stringMatching(
          new RegExp(
            `^Rollback event \\d+ \\(follow-up of rollback '${rollbackId}'\\) is unreadable$`,
          ),
        ),
      };
      await expect(store.get('servanda', rollbackId)).rejects.toMatchObject(
        unreadable,
      );
      await expect(
        store.list({ system: 'servanda', limit: 10 }),
      ).rejects.toMatchObject(unreadable);
      await expect(store.get('servanda', rollbackId)).rejects.toMatchObject({
        message: expect.not.stringContaining('s3cr3t'),
      });
    });

    it('migrates down and up again', async () => {
      const { knex, store } = await createStore(databases, id);
      await fill(store);
      const directory = resolve(__dirname, '../../../migrations');
      await knex.migrate.down({ directory });
      expect(await knex.schema.hasTable(TABLE)).toBe(false);
      expect(
        await knex.schema.hasTable('release_readiness_decision_events'),
      ).toBe(true);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable(TABLE)).toBe(true);
      const again = await DatabaseRollbackStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
      const rollbackId = await fill(again);
      expect((await again.get('servanda', rollbackId))?.outcome).toBe('failed');
      await expect(knex(TABLE).delete()).rejects.toMatchObject(APPEND_ONLY);
    });
  },
);
