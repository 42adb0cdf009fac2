import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../../__testUtils__/testDatabaseIds';
import {
  TABLE,
  createStore,
  evidenceAt,
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
  'DatabaseDecisionStore on %s',
  id => {
    it('records a request, votes, waivers and an outcome, in server time, and folds them', async () => {
      const { knex, store } = await createStore(
        databases,
        id,
        steppingClock('2026-12-01T10:00:00.000Z'),
      );
      const record = requestRecord();
      const requested = await store.appendRequest({
        system: 'servanda',
        environment: 'prod',
        record,
        actor: LENA,
        requestId: 'req-1',
      });
      expect(requested.created).toBe(true);
      expect(requested.record).toEqual({
        ...record,
        requestedAt: '2026-12-01T10:00:00.000Z',
        expiresAt: '2026-12-02T10:00:00.000Z',
        votes: [],
        waivers: [],
      });

      await store.appendWaiver({
        system: 'servanda',
        environment: 'prod',
        decisionId: record.id,
        requestId: 'waive-1',
        waiver: {
          item: 'restore-test',
          reason: 'Restore tested by hand on 2026-11-30, ticket OPS-77',
          by: JONAS,
          until: '2026-12-02T09:00:00.000Z',
          at: '1999-01-01T00:00:00.000Z',
        },
      });
      await store.appendVote({
        system: 'servanda',
        environment: 'prod',
        decisionId: record.id,
        requestId: 'vote-1',
        vote: voteBy(JONAS, { roles: ['product-owner'] }),
      });
      await store.appendVote({
        system: 'servanda',
        environment: 'prod',
        decisionId: record.id,
        requestId: 'vote-1',
        vote: voteBy(LENA, { vote: 'no-go', reason: 'Support is not staffed' }),
      });
      const decided = await store.appendOutcome({
        system: 'servanda',
        environment: 'prod',
        decisionId: record.id,
        outcome: {
          status: 'no-go',
          reason: 'A no-go vote decides',
          at: '1999-01-01T00:00:00.000Z',
        },
      });

      expect(decided.created).toBe(true);
      expect(decided.record.waivers).toEqual([
        expect.objectContaining({
          item: 'restore-test',
          by: JONAS,
          at: '2026-12-01T10:00:01.000Z',
        }),
      ]);
      expect(
        decided.record.votes.map(v => [v.voter, v.vote, v.roles, v.at]),
      ).toEqual([
        [JONAS, 'go', ['product-owner'], '2026-12-01T10:00:02.000Z'],
        [LENA, 'no-go', ['release-captain'], '2026-12-01T10:00:03.000Z'],
      ]);
      expect(decided.record.outcome).toEqual({
        status: 'no-go',
        reason: 'A no-go vote decides',
        at: '2026-12-01T10:00:04.000Z',
      });
      expect(decided.record.evidence).toEqual(record.evidence);
      expect(await store.get('servanda', record.id)).toEqual(decided.record);
      expect(await store.get('wimmelwelt', record.id)).toBeUndefined();
      expect(await store.get('servanda', 'no-such-decision')).toBeUndefined();

      const rows = await knex(TABLE).orderBy('seq');
      expect(rows.map(r => [Number(r.position), r.type, r.unique_key])).toEqual(
        [
          [0, 'request', null],
          [1, 'waiver', `waiver:${record.id}:restore-test`],
          [2, 'vote', `vote:${record.id}:${JONAS}`],
          [3, 'vote', `vote:${record.id}:${LENA}`],
          [4, 'outcome', `outcome:${record.id}`],
        ],
      );
      expect(rows[0].prev_hash).toBe('0'.repeat(64));
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
        expect(rows[i].hash).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(await store.verify()).toEqual({
        ok: true,
        checked: 5,
        problems: [],
      });
    });

    it('lists decisions newest first, by environment and version', async () => {
      const { store } = await createStore(databases, id);
      const made: Record<string, string> = {};
      for (const [key, environment, version, system] of [
        ['prod-141', 'prod', '1.4.1', 'servanda'],
        ['stage-142', 'stage', '1.4.2', 'servanda'],
        ['prod-142', 'prod', '1.4.2', 'servanda'],
        ['other-142', 'prod', '1.4.2', 'wimmelwelt'],
        ['prod-142b', 'prod', '1.4.2', 'servanda'],
      ]) {
        const record = requestRecord({ system, environment, version });
        made[key] = record.id;
        await store.appendRequest({
          system,
          environment,
          record,
          actor: LENA,
          requestId: key,
        });
      }
      const ids = async (q: {
        environment?: string;
        version?: string;
        limit?: number;
      }) =>
        (await store.list({ system: 'servanda', limit: 50, ...q })).map(
          r => r.id,
        );
      expect(await ids({})).toEqual([
        made['prod-142b'],
        made['prod-142'],
        made['stage-142'],
        made['prod-141'],
      ]);
      expect(await ids({ environment: 'prod' })).toEqual([
        made['prod-142b'],
        made['prod-142'],
        made['prod-141'],
      ]);
      expect(await ids({ environment: 'prod', version: '1.4.2' })).toEqual([
        made['prod-142b'],
        made['prod-142'],
      ]);
      expect(await ids({ version: '1.4.2', limit: 2 })).toEqual([
        made['prod-142b'],
        made['prod-142'],
      ]);
      expect(await ids({ version: '9.9.9' })).toEqual([]);
    });

    it('answers a retried request or vote with its first write', async () => {
      const { knex, store } = await createStore(databases, id);
      const first = await store.appendRequest({
        system: 'servanda',
        environment: 'prod',
        record: requestRecord(),
        actor: LENA,
        requestId: 'retry-1',
      });
      // The retry carries what the caller computes afresh: a new id, new times, new evidence.
      const again = await store.appendRequest({
        system: 'servanda',
        environment: 'prod',
        record: requestRecord({
          requestedAt: '2026-12-01T09:05:00.000Z',
          expiresAt: '2026-12-02T09:05:00.000Z',
          evidence: evidenceAt('2026-12-01T09:04:59.000Z'),
        }),
        actor: LENA,
        requestId: 'retry-1',
      });
      expect(again).toEqual({ record: first.record, created: false });

      const vote = {
        system: 'servanda',
        environment: 'prod',
        decisionId: first.record.id,
        requestId: 'vote-retry',
        vote: voteBy(JONAS),
      };
      const voted = await store.appendVote(vote);
      expect(await store.appendVote(vote)).toEqual({
        record: voted.record,
        created: false,
      });
      expect(voted.record.votes).toHaveLength(1);
      const [{ count }] = await knex(TABLE).count({ count: '*' });
      expect(Number(count)).toBe(2);

      expect(await store.findByRequestId(JONAS, 'vote-retry')).toEqual({
        system: 'servanda',
        environment: 'prod',
        decisionId: first.record.id,
        type: 'vote',
      });
      expect(await store.findByRequestId(LENA, 'retry-1')).toMatchObject({
        type: 'request',
      });
      expect(await store.findByRequestId(LENA, 'vote-retry')).toBeUndefined();
    });
  },
);
