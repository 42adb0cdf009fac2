import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../../__testUtils__/testDatabaseIds';
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

const LENA = 'user:default/lena.kraus';
const JONAS = 'user:default/jonas.weber';

describe.each(databases.eachSupportedId())(
  'DatabaseDecisionStore under concurrent writes on %s',
  id => {
    it('writes one vote when the same user votes 50 times at once', async () => {
      const { knex, store } = await createStore(databases, id);
      const { record } = await store.appendRequest({
        system: 'servanda',
        environment: 'prod',
        record: requestRecord(),
        actor: LENA,
        requestId: 'r',
      });
      const answers = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          store.appendVote({
            system: 'servanda',
            environment: 'prod',
            decisionId: record.id,
            requestId: `vote-${i}`,
            vote: voteBy(JONAS, { reason: `attempt ${i}` }),
          }),
        ),
      );
      const written = answers.filter(a => a.status === 'fulfilled');
      const refused = answers.filter(a => a.status === 'rejected');
      expect(written).toHaveLength(1);
      expect(refused).toHaveLength(49);
      for (const answer of refused) {
        expect(answer.reason).toMatchObject({
          name: 'ConflictError',
          message: expect.stringMatching(/jonas.weber already voted go/),
        });
      }
      const votes = await knex(TABLE).where({ type: 'vote' });
      expect(votes).toHaveLength(1);
      expect(await store.verify()).toMatchObject({ ok: true, checked: 2 });
    });

    it('chains 50 concurrent votes of 50 users without a gap', async () => {
      const { knex, store } = await createStore(databases, id);
      const { record } = await store.appendRequest({
        system: 'servanda',
        environment: 'prod',
        record: requestRecord(),
        actor: LENA,
        requestId: 'r',
      });
      const stage = await store.appendRequest({
        system: 'servanda',
        environment: 'stage',
        record: requestRecord({ environment: 'stage' }),
        actor: LENA,
        requestId: 's',
      });
      // Another chain written at the same time keeps its own positions.
      const answers = await Promise.all([
        ...Array.from({ length: 50 }, (_, i) =>
          store.appendVote({
            system: 'servanda',
            environment: 'prod',
            decisionId: record.id,
            requestId: `vote-${i}`,
            vote: voteBy(`user:default/voter-${i}`),
          }),
        ),
        ...Array.from({ length: 10 }, (_, i) =>
          store.appendVote({
            system: 'servanda',
            environment: 'stage',
            decisionId: stage.record.id,
            requestId: `stage-vote-${i}`,
            vote: voteBy(`user:default/voter-${i}`),
          }),
        ),
      ]);
      expect(answers.every(a => a.created)).toBe(true);
      const stageRows = await knex(TABLE)
        .where({ system: 'servanda', environment: 'stage' })
        .orderBy('position');
      expect(stageRows.map(r => Number(r.position))).toEqual(
        Array.from({ length: 11 }, (_, i) => i),
      );
      const rows = await knex(TABLE)
        .where({ system: 'servanda', environment: 'prod' })
        .orderBy('position');
      expect(rows.map(r => Number(r.position))).toEqual(
        Array.from({ length: 51 }, (_, i) => i),
      );
      expect(
        new Set(rows.filter(r => r.type === 'vote').map(r => r.actor)).size,
      ).toBe(50);
      expect((await store.get('servanda', record.id))?.votes).toHaveLength(50);
      expect(
        await store.verify({ system: 'servanda', environment: 'prod' }),
      ).toEqual({ ok: true, checked: 51, problems: [] });
      expect(await store.verify()).toEqual({
        ok: true,
        checked: 62,
        problems: [],
      });
    });

    it('runs the guard inside the chain lock, so one of two racing requests is refused', async () => {
      const { store } = await createStore(databases, id);
      const answers = await Promise.allSettled(
        ['a', 'b', 'c'].map(key =>
          store.appendRequest({
            system: 'servanda',
            environment: 'prod',
            record: requestRecord(),
            actor: LENA,
            requestId: `race-${key}`,
            guard: async sameVersion => {
              // Give the other requests the chance to interleave when nothing serializes them.
              await new Promise(resolve => setTimeout(resolve, 50));
              if (sameVersion.length > 0) {
                throw new Error(`open decision ${sameVersion[0].id} exists`);
              }
            },
          }),
        ),
      );
      expect(answers.filter(a => a.status === 'fulfilled')).toHaveLength(1);
      expect(await store.list({ system: 'servanda', limit: 10 })).toHaveLength(
        1,
      );
    });
  },
);
