import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { DatabaseRestoreTestStore } from './DatabaseRestoreTestStore';
import type { NewRestoreTest } from './RestoreTestStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

const TABLE = 'release_readiness_restore_tests';

const record = (over: Partial<NewRestoreTest> = {}): NewRestoreTest => ({
  system: 'servanda',
  environment: 'prod',
  testedAt: '2026-11-28T09:30:00.000Z',
  outcome: 'passed',
  link: 'https://reports.example/restore/2026-11-28',
  reason: 'Restored the nightly dump into a scratch namespace, checks green',
  actor: 'user:default/lena.kraus',
  requestId: `rt-${Math.random().toString(36).slice(2)}`,
  ...over,
});

// Not `toThrow`: better-sqlite3's errors come from the realm of whichever test file loaded the
// native module first, so they are not `instanceof Error` here.
const APPEND_ONLY = { message: expect.stringMatching(/append-only/) };

describe.each(databases.eachSupportedId())(
  'DatabaseRestoreTestStore on %s',
  id => {
    async function createStore() {
      const knex = await databases.init(id);
      const store = await DatabaseRestoreTestStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      return { knex, store };
    }

    it('appends records and lists them newest test first, per system and environment', async () => {
      const { store } = await createStore();
      const first = await store.append(record());
      expect(first.created).toBe(true);
      expect(first.record).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        system: 'servanda',
        environment: 'prod',
        testedAt: '2026-11-28T09:30:00.000Z',
        outcome: 'passed',
        link: 'https://reports.example/restore/2026-11-28',
        reason:
          'Restored the nightly dump into a scratch namespace, checks green',
        actor: 'user:default/lena.kraus',
        createdAt: expect.any(String),
      });
      expect(Date.now() - Date.parse(first.record.createdAt)).toBeLessThan(
        60_000,
      );
      // An offset is stored as the same moment.
      await store.append(
        record({ testedAt: '2026-11-30T10:00:00+01:00', outcome: 'failed' }),
      );
      await store.append(record({ testedAt: '2026-11-01T08:00:00.000Z' }));
      await store.append(record({ environment: 'stage' }));
      await store.append(record({ system: 'wimmelwelt' }));

      const prod = await store.list('servanda', 'prod');
      expect(prod.map(r => [r.testedAt, r.outcome])).toEqual([
        ['2026-11-30T09:00:00.000Z', 'failed'],
        ['2026-11-28T09:30:00.000Z', 'passed'],
        ['2026-11-01T08:00:00.000Z', 'passed'],
      ]);
      expect(await store.list('servanda', 'prod', { limit: 1 })).toHaveLength(
        1,
      );
      expect(
        (await store.list('servanda', 'stage')).map(r => r.environment),
      ).toEqual(['stage']);
      expect(
        (await store.list('wimmelwelt', 'prod')).map(r => r.system),
      ).toEqual(['wimmelwelt']);
      expect(await store.list('servanda', 'dev')).toEqual([]);
    });

    it('writes a retried request once and refuses the same requestId for a different record', async () => {
      const { knex, store } = await createStore();
      const request = record({ requestId: 'rt-retry-0001' });
      const first = await store.append(request);
      const again = await store.append({ ...request });
      expect(again).toEqual({ record: first.record, created: false });
      for (const change of [
        { outcome: 'failed' as const },
        { reason: 'something else entirely' },
        { link: 'https://reports.example/other' },
        { testedAt: '2026-11-28T09:31:00.000Z' },
        { environment: 'stage' },
      ]) {
        await expect(
          store.append({ ...request, ...change }),
        ).rejects.toMatchObject({ name: 'ConflictError' });
      }
      const [{ count }] = await knex(TABLE).count({ count: '*' });
      expect(Number(count)).toBe(1);
    });

    it('scopes a request id to the acting user', async () => {
      const { store } = await createStore();
      const lena = await store.append(record({ requestId: 'rt-shared-01' }));
      const jonas = await store.append(
        record({
          requestId: 'rt-shared-01',
          actor: 'user:default/jonas.weber',
        }),
      );
      expect([lena.created, jonas.created]).toEqual([true, true]);
      expect(jonas.record.id).not.toBe(lena.record.id);
    });

    it('writes once when concurrent appends of the same request race', async () => {
      const { knex, store } = await createStore();
      const request = record({ requestId: 'rt-race-7a3f' });
      const inserts: string[] = [];
      const onQuery = (q: { sql: string }) => {
        if (/^insert/i.test(q.sql)) {
          inserts.push(q.sql);
        }
      };
      knex.on('query', onQuery);
      try {
        const answers = await Promise.all(
          Array.from({ length: 5 }, () => store.append(request)),
        );
        // Every append really tried to insert: the race reached the database.
        expect(inserts).toHaveLength(5);
        expect(answers.filter(a => a.created)).toHaveLength(1);
        expect(new Set(answers.map(a => a.record.id)).size).toBe(1);
      } finally {
        knex.removeListener('query', onQuery);
      }
      const [{ count }] = await knex(TABLE).count({ count: '*' });
      expect(Number(count)).toBe(1);
    });

    it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
      const { knex, store } = await createStore();
      const { record: stored } = await store.append(record());
      await expect(
        knex(TABLE).where({ id: stored.id }).update({ outcome: 'failed' }),
      ).rejects.toMatchObject(APPEND_ONLY);
      await expect(
        knex(TABLE).where({ id: stored.id }).delete(),
      ).rejects.toMatchObject(APPEND_ONLY);
      await expect(knex(TABLE).delete()).rejects.toMatchObject(APPEND_ONLY);
      await expect(knex(TABLE).truncate()).rejects.toMatchObject(APPEND_ONLY);
      expect(await knex(TABLE).select('outcome')).toEqual([
        { outcome: 'passed' },
      ]);
      expect(await store.list('servanda', 'prod')).toEqual([stored]);
    });

    it('runs the migrations once, whichever store is created first', async () => {
      const { knex, store } = await createStore();
      await store.append(record({ requestId: 'rt-migrate-01' }));
      const again = await DatabaseRestoreTestStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      expect(await again.list('servanda', 'prod')).toHaveLength(1);
      expect(
        await knex.schema.hasTable('release_readiness_manual_gate_results'),
      ).toBe(true);
    });
  },
);
