import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { resolve } from 'node:path';
import { isoOf } from '../../readiness/isoOf';
import { testDatabaseIds } from '../../__testUtils__/testDatabaseIds';
import { DatabaseDecisionStore } from './DatabaseDecisionStore';
import { decisionHash } from './decisionHash';
import type { DecisionStore } from './DecisionStore';
import {
  TABLE,
  createStore,
  requestRecord,
  voteBy,
} from './__testUtils__/decisionFixtures';

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

// Not `toThrow`: better-sqlite3's errors come from the realm of whichever test file loaded the
// native module first, so they are not `instanceof Error` here.
const APPEND_ONLY = { message: expect.stringMatching(/append-only/) };

const LENA = 'user:default/lena.kraus';

/** A request and three votes on servanda/prod, and a request on servanda/stage. */
async function fillChains(store: DecisionStore) {
  const chain = { system: 'servanda', environment: 'prod' };
  const { record } = await store.appendRequest({
    ...chain,
    record: requestRecord(),
    actor: LENA,
    requestId: 'r',
  });
  for (const name of ['jonas.weber', 'mara.hoffmann', 'tim.berger']) {
    await store.appendVote({
      ...chain,
      decisionId: record.id,
      requestId: `vote-${name}`,
      vote: voteBy(`user:default/${name}`),
    });
  }
  await store.appendRequest({
    system: 'servanda',
    environment: 'stage',
    record: requestRecord({ environment: 'stage' }),
    actor: LENA,
    requestId: 's',
  });
  return record.id;
}

/** Drops the append-only triggers, as the database owner could. */
async function dropTriggers(knex: Knex) {
  if (String(knex.client.config.client).includes('sqlite')) {
    await knex.raw('DROP TRIGGER release_readiness_de_no_update');
    await knex.raw('DROP TRIGGER release_readiness_de_no_delete');
    return;
  }
  await knex.raw(
    `DROP TRIGGER release_readiness_de_no_update_delete ON ${TABLE}`,
  );
  await knex.raw(`DROP TRIGGER release_readiness_de_no_truncate ON ${TABLE}`);
}

async function prodRows(knex: Knex) {
  return knex(TABLE)
    .where({ system: 'servanda', environment: 'prod' })
    .orderBy('position');
}

describe.each(databases.eachSupportedId())(
  'DatabaseDecisionStore chain on %s',
  id => {
    it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
      const { knex, store } = await createStore(databases, id);
      await fillChains(store);
      const [first] = await prodRows(knex);
      await expect(
        knex(TABLE).where({ seq: first.seq }).update({ payload: '{}' }),
      ).rejects.toMatchObject(APPEND_ONLY);
      await expect(
        knex(TABLE).where({ seq: first.seq }).delete(),
      ).rejects.toMatchObject(APPEND_ONLY);
      await expect(knex(TABLE).delete()).rejects.toMatchObject(APPEND_ONLY);
      await expect(knex(TABLE).truncate()).rejects.toMatchObject(APPEND_ONLY);
      const [{ count }] = await knex(TABLE).count({ count: '*' });
      expect(Number(count)).toBe(5);
      expect(await store.verify()).toEqual({
        ok: true,
        checked: 5,
        problems: [],
      });
    });

    it('reports a changed payload, then a changed prev_hash', async () => {
      const { knex, store } = await createStore(databases, id);
      const decisionId = await fillChains(store);
      await dropTriggers(knex);
      const rows = await prodRows(knex);

      await knex(TABLE)
        .where({ seq: rows[2].seq })
        .update({ payload: rows[2].payload.replace('"go"', '"no-go"') });
      const changed = await store.verify();
      expect(changed).toEqual({
        ok: false,
        checked: 5,
        problems: [
          {
            seq: Number(rows[2].seq),
            decisionId,
            problem:
              'The vote at position 2 does not match its hash: its content was changed',
          },
        ],
      });
      // The folded record shows the forged vote; only the chain tells.
      expect((await store.get('servanda', decisionId))?.votes[1].vote).toBe(
        'no-go',
      );

      await knex(TABLE)
        .where({ seq: rows[3].seq })
        .update({ prev_hash: 'f'.repeat(64) });
      const relinked = await store.verify({
        system: 'servanda',
        environment: 'prod',
      });
      expect(relinked.ok).toBe(false);
      expect(relinked.checked).toBe(4);
      expect(relinked.problems).toEqual([
        expect.objectContaining({ seq: Number(rows[2].seq), decisionId }),
        {
          seq: Number(rows[3].seq),
          decisionId,
          problem:
            'prev_hash of position 3 does not match the hash of position 2',
        },
        expect.objectContaining({
          seq: Number(rows[3].seq),
          problem: expect.stringMatching(/does not match its hash/),
        }),
      ]);
      expect(await store.verify({ environment: 'stage' })).toEqual({
        ok: true,
        checked: 1,
        problems: [],
      });
    });

    it('reports the next event when a changed event was re-hashed, and a missing event', async () => {
      const { knex, store } = await createStore(databases, id);
      const decisionId = await fillChains(store);
      await dropTriggers(knex);
      const rows = await prodRows(knex);

      const forged = rows[1].payload.replace('"go"', '"no-go"');
      await knex(TABLE)
        .where({ seq: rows[1].seq })
        .update({
          payload: forged,
          hash: decisionHash({
            system: rows[1].system,
            environment: rows[1].environment,
            position: Number(rows[1].position),
            decision_id: rows[1].decision_id,
            type: rows[1].type,
            payload: forged,
            actor: rows[1].actor,
            request_id: rows[1].request_id,
            unique_key: rows[1].unique_key,
            created_at: isoOf(rows[1].created_at),
            prev_hash: rows[1].prev_hash,
          }),
        });
      expect((await store.verify()).problems).toEqual([
        {
          seq: Number(rows[2].seq),
          decisionId,
          problem:
            'prev_hash of position 2 does not match the hash of position 1',
        },
      ]);

      await knex(TABLE).where({ seq: rows[0].seq }).delete();
      await knex(TABLE).where({ seq: rows[2].seq }).delete();
      expect((await store.verify({ environment: 'prod' })).problems).toEqual([
        {
          seq: Number(rows[1].seq),
          decisionId,
          problem:
            'The chain servanda/prod starts at position 1: 1 event(s) missing',
        },
        {
          seq: Number(rows[3].seq),
          decisionId,
          problem:
            'Position 3 follows position 1 in servanda/prod: 1 event(s) missing',
        },
      ]);
    });

    it('migrates down and up again', async () => {
      const { knex, store } = await createStore(databases, id);
      await fillChains(store);
      const directory = resolve(__dirname, '../../../migrations');
      await knex.migrate.down({ directory });
      expect(
        await knex.schema.hasTable('release_readiness_rollback_events'),
      ).toBe(false);
      await knex.migrate.down({ directory });
      expect(await knex.schema.hasTable(TABLE)).toBe(false);
      expect(
        await knex.schema.hasTable('release_readiness_restore_tests'),
      ).toBe(true);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable(TABLE)).toBe(true);
      const again = await DatabaseDecisionStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
      await fillChains(again);
      expect(await again.verify()).toMatchObject({ ok: true, checked: 5 });
      await expect(knex(TABLE).delete()).rejects.toMatchObject(APPEND_ONLY);
    });
  },
);
