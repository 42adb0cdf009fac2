import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { JONAS, LENA } from './__testUtils__/decisionPeople';
import { startDecisionsBackend } from './__testUtils__/startDecisionsBackend';

/**
 * Racing writes through the real plugin and its HTTP routes, on SQLite and on every PostgreSQL
 * the environment names (`scripts/test-postgres.sh`): one decision per environment and version,
 * one vote per person, whatever arrives at once.
 */

jest.setTimeout(180_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

const countOf = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>(
    (counts, s) => ({ ...counts, [s]: (counts[s] ?? 0) + 1 }),
    {},
  );

describe.each(databases.eachSupportedId())(
  'concurrent decision writes on %s',
  id => {
    const start = async () =>
      startDecisionsBackend({ knex: await databases.init(id) });

    it('writes one decision when the Release Captain requests the same version ten times at once', async () => {
      const backend = await start();
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          backend.api.request(LENA, { requestId: `concurrent-request-${i}` }),
        ),
      );
      expect(countOf(answers.map(a => a.status))).toEqual({ 201: 1, 409: 9 });
      const written = answers.find(a => a.status === 201)!;
      const decisionId: string = written.body.decision.id;
      for (const refused of answers.filter(a => a.status === 409)) {
        expect(refused.body.error.message).toContain(`Decision ${decisionId}`);
      }
      const listed = await backend.api.decisions(LENA);
      expect(listed.map(d => d.decision.id)).toEqual([decisionId]);
      expect(backend.events.filter(e => e.outcome === 'success')).toHaveLength(
        1,
      );
      expect(backend.notifications).toHaveLength(1);
    });

    it('writes one vote when the Product Owner votes 50 times at once', async () => {
      const backend = await start();
      const res = await backend.api.request(LENA);
      const decisionId: string = res.body.decision.id;
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          backend.api.vote(JONAS, decisionId, i % 2 ? 'go' : 'no-go', {
            requestId: `concurrent-vote-${i}`,
          }),
        ),
      );
      expect(countOf(answers.map(a => a.status))).toEqual({ 201: 1, 409: 49 });
      const after = await backend.api.decision(JONAS, decisionId);
      expect(after.body.decision.votes).toHaveLength(1);
      const [vote] = after.body.decision.votes;
      const winner = answers.find(a => a.status === 201)!;
      expect(winner.body.decision.votes).toEqual([vote]);
    });

    it('writes one vote when the same vote is retried 50 times at once', async () => {
      const backend = await start();
      const res = await backend.api.request(LENA);
      const decisionId: string = res.body.decision.id;
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          backend.api.vote(JONAS, decisionId, 'go', {
            requestId: 'the-same-vote-0001',
            reason: 'Ready from the product side',
          }),
        ),
      );
      expect(countOf(answers.map(a => a.status))).toEqual({ 201: 1, 200: 49 });
      const after = await backend.api.decision(JONAS, decisionId);
      expect(after.body.decision.votes).toEqual([
        expect.objectContaining({ voter: JONAS, vote: 'go' }),
      ]);
    });
  },
);
