import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../../__testUtils__/testDatabaseIds';
import {
  createStore,
  requestRecord,
  steppingClock,
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
  'DatabaseDecisionStore refusals on %s',
  id => {
    it("refuses a requestId used for something else, but not another user's", async () => {
      const { store } = await createStore(databases, id);
      const { record } = await store.appendRequest({
        system: 'servanda',
        environment: 'prod',
        record: requestRecord(),
        actor: LENA,
        requestId: 'same-id',
      });
      const usedElse = {
        name: 'ConflictError',
        message: expect.stringMatching(
          /requestId 'same-id' was already used for something else/,
        ),
      };
      for (const other of [
        { reason: 'Another release' },
        { version: '1.4.3' },
        { digest: 'sha256:0000' },
        { ref: 'v1.4.3' },
        { risk: 'high' as const },
        { changeType: 'emergency' },
      ]) {
        await expect(
          store.appendRequest({
            system: 'servanda',
            environment: 'prod',
            record: requestRecord(other),
            actor: LENA,
            requestId: 'same-id',
          }),
        ).rejects.toMatchObject(usedElse);
      }
      await expect(
        store.appendRequest({
          system: 'servanda',
          environment: 'stage',
          record: requestRecord({ environment: 'stage' }),
          actor: LENA,
          requestId: 'same-id',
        }),
      ).rejects.toMatchObject(usedElse);
      await expect(
        store.appendVote({
          system: 'servanda',
          environment: 'prod',
          decisionId: record.id,
          requestId: 'same-id',
          vote: voteBy(LENA),
        }),
      ).rejects.toMatchObject(usedElse);
      await store.appendVote({
        system: 'servanda',
        environment: 'prod',
        decisionId: record.id,
        requestId: 'v',
        vote: voteBy(JONAS),
      });
      await expect(
        store.appendVote({
          system: 'servanda',
          environment: 'prod',
          decisionId: record.id,
          requestId: 'v',
          vote: voteBy(JONAS, { vote: 'no-go' }),
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(/requestId 'v' was already used/),
      });
      const other = await store.appendVote({
        system: 'servanda',
        environment: 'prod',
        decisionId: record.id,
        requestId: 'same-id',
        vote: voteBy('user:default/mara.hoffmann'),
      });
      expect(other.created).toBe(true);
    });

    it('refuses a second vote, a second waiver of an item and another outcome, naming what exists', async () => {
      const { store } = await createStore(
        databases,
        id,
        steppingClock('2026-12-01T10:00:00.000Z'),
      );
      const chain = { system: 'servanda', environment: 'prod' };
      const { record } = await store.appendRequest({
        ...chain,
        record: requestRecord(),
        actor: LENA,
        requestId: 'r',
      });
      const decisionId = record.id;
      await store.appendVote({
        ...chain,
        decisionId,
        requestId: 'v1',
        vote: voteBy(LENA),
      });
      await expect(
        store.appendVote({
          ...chain,
          decisionId,
          requestId: 'v2',
          vote: voteBy(LENA, { vote: 'no-go' }),
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: `${LENA} already voted go on decision '${decisionId}' at 2026-12-01T10:00:01.000Z`,
      });
      const waiver = {
        item: 'restore-test',
        reason: 'Tested by hand',
        by: JONAS,
        until: '2026-12-02T09:00:00.000Z',
        at: '',
      };
      await store.appendWaiver({
        ...chain,
        decisionId,
        requestId: 'w1',
        waiver,
      });
      await expect(
        store.appendWaiver({
          ...chain,
          decisionId,
          requestId: 'w2',
          waiver: { ...waiver, by: LENA },
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(
          new RegExp(
            `^restore-test was already waived on decision '${decisionId}' by ${JONAS} at 2026-12-01T10:00:02.000Z`,
          ),
        ),
      });
      const outcome = {
        status: 'go' as const,
        reason: 'Every approval filled',
        at: '',
      };
      const decided = await store.appendOutcome({
        ...chain,
        decisionId,
        outcome,
      });
      expect(
        await store.appendOutcome({ ...chain, decisionId, outcome }),
      ).toEqual({ record: decided.record, created: false });
      await expect(
        store.appendOutcome({
          ...chain,
          decisionId,
          outcome: { ...outcome, status: 'no-go' },
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(
          /already has the outcome go \(recorded at 2026-12-01T10:00:03.000Z\)/,
        ),
      });
      // A go may be invalidated once (evidence turned to fail before the planned time); the
      // invalidation is then the decision's outcome.
      const invalidated = {
        status: 'invalidated' as const,
        reason: 'Staging gate turned from pass to fail',
        at: '',
      };
      const after = await store.appendOutcome({
        ...chain,
        decisionId,
        outcome: invalidated,
      });
      expect(after.created).toBe(true);
      expect(after.record.outcome).toMatchObject({
        status: 'invalidated',
        reason: invalidated.reason,
      });
      await expect(
        store.appendOutcome({
          ...chain,
          decisionId,
          outcome: { ...invalidated, reason: 'Something else' },
        }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      expect((await store.get('servanda', decisionId))?.outcome?.status).toBe(
        'invalidated',
      );
      expect((await store.get('servanda', decisionId))?.votes).toHaveLength(1);
    });

    it('refuses events of a decision that is not in the chain', async () => {
      const { store } = await createStore(databases, id);
      const { record } = await store.appendRequest({
        system: 'servanda',
        environment: 'prod',
        record: requestRecord(),
        actor: LENA,
        requestId: 'r',
      });
      await expect(
        store.appendVote({
          system: 'servanda',
          environment: 'stage',
          decisionId: record.id,
          requestId: 'v',
          vote: voteBy(JONAS),
        }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      await expect(
        store.appendOutcome({
          system: 'servanda',
          environment: 'prod',
          decisionId: 'missing',
          outcome: { status: 'go', reason: 'x', at: '' },
        }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      await expect(
        store.appendRequest({
          system: 'servanda',
          environment: 'prod',
          record: { ...requestRecord(), id: record.id },
          actor: JONAS,
          requestId: 'r',
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(/already taken/),
      });
    });
  },
);
