import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { DatabaseManualGateStore } from './DatabaseManualGateStore';
import { NewManualGateResult } from './ManualGateStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

const result = (over: Partial<NewManualGateResult>): NewManualGateResult => ({
  system: 'servanda',
  environment: 'prod',
  gate: 'staging',
  check: 'smoke-tests',
  state: 'passed',
  reason: 'Smoke tests green on stage, see QA-123',
  actor: 'user:default/lena.kraus',
  ref: 'v1.4.2',
  requestId: `req-${Math.random()}`,
  ...over,
});

const TABLE = 'release_readiness_manual_gate_results';

// Not `toThrow`: better-sqlite3's errors come from the realm of whichever test file loaded the
// native module first, so they are not `instanceof Error` here.
const APPEND_ONLY = { message: expect.stringMatching(/append-only/) };

describe.each(databases.eachSupportedId())(
  'DatabaseManualGateStore on %s',
  id => {
    async function createStore() {
      const knex = await databases.init(id);
      const store = await DatabaseManualGateStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      return { knex, store };
    }

    it('appends records and answers the newest one per check', async () => {
      const { store } = await createStore();
      const first = await store.append(
        result({ state: 'failed', reason: 'health check 503' }),
      );
      expect(first.created).toBe(true);
      expect(first.record).toMatchObject({
        environment: 'prod',
        gate: 'staging',
        check: 'smoke-tests',
        state: 'failed',
        actor: 'user:default/lena.kraus',
      });
      expect(Date.parse(first.record.createdAt)).not.toBeNaN();
      await store.append(
        result({ state: 'passed', reason: 'fixed, green now' }),
      );
      await store.append(result({ check: 'health-200' }));
      await store.append(
        result({ environment: 'stage', check: 'health-200', state: 'failed' }),
      );

      await store.append(
        result({ ref: 'v1.4.1', check: 'smoke-tests', state: 'failed' }),
      );

      const current = await store.currentResults('servanda', 'prod', 'v1.4.2');
      expect(current.map(r => [r.gate, r.check, r.state, r.reason])).toEqual([
        [
          'staging',
          'health-200',
          'passed',
          'Smoke tests green on stage, see QA-123',
        ],
        ['staging', 'smoke-tests', 'passed', 'fixed, green now'],
      ]);

      expect(
        (await store.currentResults('servanda', 'prod', 'v1.4.1')).map(r => [
          r.check,
          r.state,
          r.ref,
        ]),
      ).toEqual([['smoke-tests', 'failed', 'v1.4.1']]);
      expect(await store.currentResults('servanda', 'prod', 'v9.9.9')).toEqual(
        [],
      );

      const history = await store.history('servanda', 'prod', 'staging');
      expect(history.map(r => [r.check, r.state])).toEqual([
        ['smoke-tests', 'failed'],
        ['health-200', 'passed'],
        ['smoke-tests', 'passed'],
        ['smoke-tests', 'failed'],
      ]);
      expect(
        await store.history('servanda', 'prod', 'staging', { limit: 1 }),
      ).toHaveLength(1);
    });

    it('writes a retried request once', async () => {
      const { knex, store } = await createStore();
      const request = result({
        requestId: '7f1b0c1e-2f6e-4c11-9b7a-2c9d3e4f5a6b',
      });
      const first = await store.append(request);
      const again = await store.append(request);
      expect(again).toEqual({ record: first.record, created: false });
      const [{ count }] = await knex(TABLE).count({ count: '*' });
      expect(Number(count)).toBe(1);
    });

    it('writes once when concurrent appends race before any row exists', async () => {
      const { knex, store } = await createStore();
      const request = result({ requestId: 'race-0b7d6c1e-7a3f' });
      const inserts: string[] = [];
      const onQuery = (q: { sql: string }) => {
        if (/^insert/i.test(q.sql)) {
          inserts.push(q.sql);
        }
      };
      knex.on('query', onQuery);
      try {
        const answers = await Promise.all(
          Array.from({ length: 20 }, () => store.append(request)),
        );
        // Every append really tried to insert: the race reached the database.
        expect(inserts.length).toBe(20);
        expect(answers.filter(a => a.created)).toHaveLength(1);
        expect(new Set(answers.map(a => a.record.id)).size).toBe(1);
      } finally {
        knex.removeListener('query', onQuery);
      }
      const [{ count }] = await knex(TABLE).count({ count: '*' });
      expect(Number(count)).toBe(1);
    });

    it('keeps the environments of different systems apart', async () => {
      const { store } = await createStore();
      await store.append(
        result({ system: 'servanda', requestId: 'sys-a-0001' }),
      );
      await store.append(
        result({
          system: 'wimmelwelt',
          state: 'failed',
          requestId: 'sys-b-0001',
        }),
      );
      expect(
        (await store.currentResults('servanda', 'prod', 'v1.4.2')).map(r => [
          r.system,
          r.state,
        ]),
      ).toEqual([['servanda', 'passed']]);
      expect(
        (await store.history('wimmelwelt', 'prod', 'staging')).map(
          r => r.state,
        ),
      ).toEqual(['failed']);
    });

    it('scopes a request id to the acting user', async () => {
      const { knex, store } = await createStore();
      const lena = await store.append(result({ requestId: 'shared-id-1' }));
      const jonas = await store.append(
        result({ requestId: 'shared-id-1', actor: 'user:default/jonas.weber' }),
      );
      expect(lena.created).toBe(true);
      expect(jonas.created).toBe(true);
      expect(jonas.record.id).not.toBe(lena.record.id);
      expect(jonas.record.actor).toBe('user:default/jonas.weber');
      const [{ count }] = await knex(TABLE).count({ count: '*' });
      expect(Number(count)).toBe(2);
    });

    it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
      const { knex, store } = await createStore();
      const { record } = await store.append(result({}));
      await expect(
        knex(TABLE).where({ id: record.id }).update({ state: 'failed' }),
      ).rejects.toMatchObject(APPEND_ONLY);
      await expect(
        knex(TABLE).where({ id: record.id }).delete(),
      ).rejects.toMatchObject(APPEND_ONLY);
      await expect(knex(TABLE).delete()).rejects.toMatchObject(APPEND_ONLY);
      await expect(knex(TABLE).truncate()).rejects.toMatchObject(APPEND_ONLY);
      const rows = await knex(TABLE).select('state');
      expect(rows).toEqual([{ state: 'passed' }]);
    });

    it('refuses to reuse a request id for a different result', async () => {
      const { store } = await createStore();
      await store.append(result({ requestId: 'same-id-2' }));
      await expect(
        store.append(result({ requestId: 'same-id-2', state: 'failed' })),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        store.append(result({ requestId: 'same-id-2', ref: 'v1.5.0' })),
      ).rejects.toMatchObject({ name: 'ConflictError' });
    });

    it('migrates down and up again', async () => {
      const { knex } = await createStore();
      const directory = require('node:path').resolve(
        __dirname,
        '../../migrations',
      );
      await knex.migrate.down({ directory });
      expect(
        await knex.schema.hasTable('release_readiness_rollback_events'),
      ).toBe(false);
      await knex.migrate.down({ directory });
      expect(
        await knex.schema.hasTable('release_readiness_decision_events'),
      ).toBe(false);
      await knex.migrate.down({ directory });
      expect(
        await knex.schema.hasTable('release_readiness_restore_tests'),
      ).toBe(false);
      await knex.migrate.down({ directory });
      expect(await knex.schema.hasColumn(TABLE, 'system')).toBe(false);
      expect(await knex.schema.hasColumn(TABLE, 'ref')).toBe(true);
      await knex.migrate.down({ directory });
      expect(await knex.schema.hasColumn(TABLE, 'ref')).toBe(false);
      // Without the append-only triggers rows could be changed again.
      await knex(TABLE).delete();
      await knex.migrate.rollback({ directory }, true);
      expect(await knex.schema.hasTable(TABLE)).toBe(false);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable(TABLE)).toBe(true);
      expect(await knex.schema.hasColumn(TABLE, 'ref')).toBe(true);
      expect(await knex.schema.hasColumn(TABLE, 'system')).toBe(true);
      const store = await DatabaseManualGateStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
      await store.append(result({}));
      await expect(knex(TABLE).delete()).rejects.toMatchObject(APPEND_ONLY);
    });
  },
);
