import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../testing/testDatabaseIds';
import { DatabaseManualGateStore } from './DatabaseManualGateStore';
import { NewManualGateResult } from './ManualGateStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

const result = (over: Partial<NewManualGateResult>): NewManualGateResult => ({
  environment: 'prod',
  gate: 'staging',
  check: 'smoke-tests',
  state: 'passed',
  reason: 'Smoke tests green on stage, see QA-123',
  actor: 'user:default/lena.kraus',
  requestId: `req-${Math.random()}`,
  ...over,
});

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

      const current = await store.currentResults('prod');
      expect(current.map(r => [r.gate, r.check, r.state, r.reason])).toEqual([
        [
          'staging',
          'health-200',
          'passed',
          'Smoke tests green on stage, see QA-123',
        ],
        ['staging', 'smoke-tests', 'passed', 'fixed, green now'],
      ]);

      const history = await store.history('prod', 'staging');
      expect(history.map(r => [r.check, r.state])).toEqual([
        ['health-200', 'passed'],
        ['smoke-tests', 'passed'],
        ['smoke-tests', 'failed'],
      ]);
      expect(await store.history('prod', 'staging', { limit: 1 })).toHaveLength(
        1,
      );
    });

    it('writes a retried request once', async () => {
      const { knex, store } = await createStore();
      const request = result({
        requestId: '7f1b0c1e-2f6e-4c11-9b7a-2c9d3e4f5a6b',
      });
      const first = await store.append(request);
      const [again, concurrent] = await Promise.all([
        store.append(request),
        store.append(request),
      ]);
      expect(again).toEqual({ record: first.record, created: false });
      expect(concurrent.record.id).toBe(first.record.id);
      const [{ count }] = await knex(
        'release_readiness_manual_gate_results',
      ).count({
        count: '*',
      });
      expect(Number(count)).toBe(1);
    });

    it('refuses to reuse a request id for a different result', async () => {
      const { store } = await createStore();
      await store.append(result({ requestId: 'same' }));
      await expect(
        store.append(result({ requestId: 'same', state: 'failed' })),
      ).rejects.toMatchObject({ name: 'ConflictError' });
    });

    it('migrates down and up again', async () => {
      const { knex } = await createStore();
      const directory = require('node:path').resolve(
        __dirname,
        '../../migrations',
      );
      await knex.migrate.rollback({ directory }, true);
      expect(
        await knex.schema.hasTable('release_readiness_manual_gate_results'),
      ).toBe(false);
      await knex.migrate.latest({ directory });
      expect(
        await knex.schema.hasTable('release_readiness_manual_gate_results'),
      ).toBe(true);
    });
  },
);
