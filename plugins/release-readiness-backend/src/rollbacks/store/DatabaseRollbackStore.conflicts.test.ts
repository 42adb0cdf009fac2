import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../../__testUtils__/testDatabaseIds';
import { isoOf } from '../../readiness/isoOf';
import {
  JONAS,
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

const PASSED = {
  status: 'passed' as const,
  checks: [{ name: 'rollout', status: 'pass' as const, detail: '3 of 3' }],
};

describe.each(databases.eachSupportedId())(
  'DatabaseRollbackStore refusals on %s',
  id => {
    it("answers a retried request with the first, and refuses a requestId used for another request, but not another user's", async () => {
      const { knex, store } = await createStore(databases, id);
      const first = await store.appendRequested({
        record: requestedRecord({ overrideReason: 'Freeze override: INC-42' }),
        toRevision: 6,
        requestId: 'same-id',
      });
      // A retry plans again: another id, outcome, message and diff; what the user asked is the same.
      const retry = await store.appendRequested({
        record: requestedRecord({
          overrideReason: 'Freeze override: INC-42',
          outcome: 'conflict',
          message: 'servanda-api is at revision 8 now',
          diff: undefined,
        }),
        toRevision: 6,
        requestId: 'same-id',
      });
      expect(retry).toEqual({ record: first.record, created: false });

      const usedElse = {
        name: 'ConflictError',
        message: expect.stringMatching(
          new RegExp(
            `^requestId 'same-id' was already used for something else \\(the requested event of rollback '${first.record.id}'\\)$`,
          ),
        ),
      };
      for (const [over, toRevision] of [
        [{ reason: 'Another reason' }, 6],
        [{ dryRun: true }, 6],
        [{ overrideReason: undefined }, 6],
        [{ overrideReason: 'Another override' }, 6],
        [{ environment: 'stage' }, 6],
        [{ system: 'wimmelwelt' }, 6],
        [{ workload: { kind: 'Deployment', name: 'servanda-worker' } }, 6],
        [{ workload: { kind: 'StatefulSet', name: 'servanda-api' } }, 6],
        [{}, 5],
        [{}, undefined],
      ] as const) {
        await expect(
          store.appendRequested({
            record: requestedRecord({
              overrideReason: 'Freeze override: INC-42',
              ...over,
            }),
            ...(toRevision !== undefined && { toRevision }),
            requestId: 'same-id',
          }),
        ).rejects.toMatchObject(usedElse);
      }
      // The same key of another user is another request.
      const jonas = await store.appendRequested({
        record: requestedRecord({ actor: JONAS }),
        requestId: 'same-id',
      });
      expect(jonas.created).toBe(true);
      // A follow-up cannot reuse a request's key either.
      await expect(
        store.appendFollowUp({
          rollbackId: first.record.id,
          actor: LENA,
          requestId: 'same-id',
          field: 'communication',
          value: true,
        }),
      ).rejects.toMatchObject(usedElse);
      await expect(
        store.appendRequested({
          record: requestedRecord({ id: first.record.id }),
          requestId: 'other-id',
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: `rollback id '${first.record.id}' is already taken`,
      });
      const [{ count }] = await knex(TABLE).count({ count: '*' });
      expect(Number(count)).toBe(2);
    });

    it('writes one request when the same request comes 20 times at once', async () => {
      const { knex, store } = await createStore(databases, id);
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          store.appendRequested({
            record: requestedRecord(),
            requestId: 'double-click',
          }),
        ),
      );
      expect(answers.filter(a => a.created)).toHaveLength(1);
      expect(new Set(answers.map(a => a.record.id)).size).toBe(1);
      expect(await knex(TABLE).where({ type: 'requested' })).toHaveLength(1);
    });

    it('writes one result when 10 different results come at once', async () => {
      const { knex, store } = await createStore(databases, id);
      const asked = requestedRecord();
      await store.appendRequested({ record: asked, requestId: 'r' });
      const answers = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          store.appendExecuted({
            rollbackId: asked.id,
            outcome: 'in-progress',
            message: `attempt ${i}`,
          }),
        ),
      );
      expect(answers.filter(a => a.status === 'fulfilled')).toHaveLength(1);
      const refused = answers.filter(a => a.status === 'rejected');
      expect(refused).toHaveLength(9);
      for (const answer of refused) {
        expect(answer.reason).toMatchObject({
          name: 'ConflictError',
          message: expect.stringMatching(
            /^The result of rollback .* was already recorded at/,
          ),
        });
      }
      expect(await knex(TABLE).where({ type: 'executed' })).toHaveLength(1);
    });

    it('records the result of a write and its verification once', async () => {
      const { knex, store } = await createStore(databases, id);
      const asked = requestedRecord();
      await store.appendRequested({ record: asked, requestId: 'r' });
      await expect(
        store.appendVerified({
          rollbackId: asked.id,
          verification: PASSED,
          outcome: 'succeeded',
          message: 'verified',
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: `Rollback '${asked.id}' has no write in progress to verify (outcome in-progress)`,
      });
      const result = {
        rollbackId: asked.id,
        outcome: 'in-progress' as const,
        message: 'Patched; waiting for the rollout',
        run: { id: 'patch-1' },
      };
      const executed = await store.appendExecuted(result);
      const [executedRow] = await knex(TABLE).where({ type: 'executed' });
      const executedAt = isoOf(executedRow.created_at);
      // The same result again (a retried task) changes nothing.
      expect(await store.appendExecuted(result)).toEqual(executed);
      for (const other of [
        { outcome: 'failed' as const },
        { message: 'Another message' },
        { run: { id: 'patch-2' } },
        { diff: asked.diff },
      ]) {
        await expect(
          store.appendExecuted({ ...result, ...other }),
        ).rejects.toMatchObject({
          name: 'ConflictError',
          message: `The result of rollback '${asked.id}' was already recorded at ${executedAt} (outcome in-progress)`,
        });
      }

      const end = {
        rollbackId: asked.id,
        verification: PASSED,
        outcome: 'succeeded' as const,
        message: 'Rolled back and verified',
      };
      const verified = await store.appendVerified(end);
      expect(await store.appendVerified(end)).toEqual(verified);
      await expect(
        store.appendVerified({
          ...end,
          verification: {
            status: 'failed',
            checks: [{ name: 'rollout', status: 'fail', detail: '0 of 3' }],
          },
          outcome: 'failed',
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(
          new RegExp(
            `^The verification of rollback '${asked.id}' was already recorded at .* \\(verification passed, outcome succeeded\\)$`,
          ),
        ),
      });
      // A result after the end is refused as well.
      await expect(
        store.appendExecuted({ ...result, run: { id: 'patch-3' } }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      expect((await knex(TABLE).orderBy('seq')).map(r => r.type)).toEqual([
        'requested',
        'executed',
        'verified',
      ]);
    });

    it('refuses results and verifications that do not fit the rollback', async () => {
      const { knex, store } = await createStore(databases, id);
      await expect(
        store.appendExecuted({
          rollbackId: 'no-such-rollback',
          outcome: 'in-progress',
          message: 'm',
        }),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message: "No rollback 'no-such-rollback'",
      });
      const refused = requestedRecord({ outcome: 'refused', message: 'Helm' });
      await store.appendRequested({ record: refused, requestId: 'refused' });
      await expect(
        store.appendExecuted({
          rollbackId: refused.id,
          outcome: 'in-progress',
          message: 'm',
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: `The rollback '${refused.id}' already ended with the outcome refused: there is no write to record`,
      });
      const dryRun = requestedRecord({ dryRun: true });
      await store.appendRequested({ record: dryRun, requestId: 'dry' });
      await expect(
        store.appendExecuted({
          rollbackId: dryRun.id,
          outcome: 'in-progress',
          message: 'm',
        }),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(/^outcome in-progress says .* dry run$/),
      });
      const real = requestedRecord();
      await store.appendRequested({ record: real, requestId: 'real' });
      await expect(
        store.appendExecuted({
          rollbackId: real.id,
          outcome: 'dry-run',
          message: 'm',
        }),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(/^outcome dry-run given/),
      });
      await store.appendExecuted({
        rollbackId: real.id,
        outcome: 'in-progress',
        message: 'm',
      });
      // Never green without proof: succeeded needs every check to pass.
      for (const verification of [
        { status: 'passed' as const, checks: [] },
        {
          status: 'passed' as const,
          checks: [
            { name: 'rollout', status: 'pass' as const, detail: 'ok' },
            { name: 'triggers', status: 'unknown' as const, detail: '?' },
          ],
        },
        { status: 'timed-out' as const, checks: PASSED.checks },
      ]) {
        await expect(
          store.appendVerified({
            rollbackId: real.id,
            verification,
            outcome: 'succeeded',
            message: 'm',
          }),
        ).rejects.toMatchObject({
          name: 'InputError',
          message: expect.stringMatching(/^verification must have passed/),
        });
      }
      await expect(
        store.appendVerified({
          rollbackId: real.id,
          verification: { status: 'pending', checks: [] },
          outcome: 'failed',
          message: 'm',
        }),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(/^verification.status is pending/),
      });
      await expect(
        store.appendVerified({
          rollbackId: real.id,
          verification: PASSED,
          outcome: 'failed',
          message: 'm',
        }),
      ).rejects.toMatchObject({ name: 'InputError' });
      expect(await knex(TABLE).where({ type: 'verified' })).toHaveLength(0);
    });

    it('refuses requests the table cannot hold, naming the field', async () => {
      const { knex, store } = await createStore(databases, id);
      for (const [request, field] of [
        [{ record: requestedRecord(), requestId: '' }, 'requestId'],
        [
          { record: requestedRecord({ id: 'x'.repeat(37) }), requestId: 'a' },
          'record.id',
        ],
        [
          { record: requestedRecord({ outcome: 'succeeded' }), requestId: 'b' },
          'record.outcome',
        ],
        [
          { record: requestedRecord({ outcome: 'dry-run' }), requestId: 'c' },
          'record.outcome',
        ],
        [
          { record: requestedRecord(), requestId: 'd', toRevision: -1 },
          'toRevision',
        ],
        [
          { record: requestedRecord(), requestId: 'e', toRevision: 1.5 },
          'toRevision',
        ],
        [
          {
            record: requestedRecord({
              workload: { kind: 'Deployment', name: 'n'.repeat(254) },
            }),
            requestId: 'f',
          },
          'record.workload.name',
        ],
      ] as const) {
        await expect(store.appendRequested(request)).rejects.toMatchObject({
          name: 'InputError',
          message: expect.stringMatching(
            new RegExp(`^${field.replace('.', '\\.')} `),
          ),
        });
      }
      expect(await knex(TABLE)).toHaveLength(0);
    });

    it('records each follow-up once, naming the first, and only for a rollback that wrote', async () => {
      const { knex, store } = await createStore(databases, id);
      const asked = requestedRecord();
      await store.appendRequested({ record: asked, requestId: 'r' });
      const followUp = (over: {
        actor?: string;
        requestId: string;
        field?: 'communication' | 'postMortemOwner' | 'postMortemLink';
        value?: string | true;
      }) =>
        store.appendFollowUp({
          rollbackId: asked.id,
          actor: LENA,
          field: 'postMortemLink',
          value: 'https://wiki.servanda.example/pm/1',
          ...over,
        });
      // Before its write is recorded a rollback has no follow-ups.
      await expect(followUp({ requestId: 'early' })).rejects.toMatchObject({
        name: 'ConflictError',
        message: `Rollback '${asked.id}' wrote nothing (outcome in-progress): it has no follow-ups`,
      });
      await store.appendExecuted({
        rollbackId: asked.id,
        outcome: 'in-progress',
        message: 'm',
      });
      const linked = await followUp({ requestId: 'link-1' });
      expect(linked.followUps?.postMortem.link).toBe(
        'https://wiki.servanda.example/pm/1',
      );
      // A retry answers the record as it is; the same key for another value is refused.
      expect(await followUp({ requestId: 'link-1' })).toEqual(linked);
      await expect(
        followUp({
          requestId: 'link-1',
          value: 'https://wiki.servanda.example/pm/2',
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(/^requestId 'link-1' was already used/),
      });
      for (const actor of [LENA, JONAS]) {
        await expect(
          followUp({
            actor,
            requestId: `link-2-${actor}`,
            value: 'https://wiki.servanda.example/pm/2',
          }),
        ).rejects.toMatchObject({
          name: 'ConflictError',
          message: expect.stringMatching(
            new RegExp(
              `^The post-mortem link of rollback '${asked.id}' was already set to https://wiki\\.servanda\\.example/pm/1 by ${LENA} at 2026-`,
            ),
          ),
        });
      }
      await followUp({
        actor: JONAS,
        requestId: 'comm',
        field: 'communication',
        value: true,
      });
      await expect(
        followUp({ requestId: 'comm-2', field: 'communication', value: true }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringMatching(
          /^The communication of rollback .* was already reported done by user:default\/jonas\.weber at /,
        ),
      });
      expect(
        (await knex(TABLE).where({ type: 'follow-up' })).map(r => r.unique_key),
      ).toEqual([
        `follow-up:${asked.id}:postMortemLink`,
        `follow-up:${asked.id}:communication`,
      ]);

      const dryRun = requestedRecord({ outcome: 'dry-run', dryRun: true });
      await store.appendRequested({ record: dryRun, requestId: 'dry' });
      await expect(
        store.appendFollowUp({
          rollbackId: dryRun.id,
          actor: LENA,
          requestId: 'dry-owner',
          field: 'postMortemOwner',
          value: LENA,
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: `Rollback '${dryRun.id}' wrote nothing (outcome dry-run): it has no follow-ups`,
      });
      await expect(
        store.appendFollowUp({
          rollbackId: 'no-such-rollback',
          actor: LENA,
          requestId: 'nowhere',
          field: 'communication',
          value: true,
        }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('refuses follow-up values that are not what the field takes, without quoting them', async () => {
      const { knex, store } = await createStore(databases, id);
      const asked = requestedRecord();
      await store.appendRequested({ record: asked, requestId: 'r' });
      await store.appendExecuted({
        rollbackId: asked.id,
        outcome: 'in-progress',
        message: 'm',
      });
      for (const [field, value] of [
        [
          'postMortemLink',
          'https://lena:s3cr3t-token@wiki.servanda.example/pm',
        ],
        ['postMortemLink', 'data:text/html,s3cr3t-token'],
        ['postMortemLink', 'ftp://wiki.servanda.example/s3cr3t-token'],
        ['postMortemLink', 'not a url s3cr3t-token'],
        [
          'postMortemLink',
          `https://wiki.servanda.example/${'s3cr3t-token'.repeat(200)}`,
        ],
        ['postMortemOwner', 's3cr3t-token'],
        ['postMortemOwner', ''],
        ['communication', 's3cr3t-token'],
      ] as const) {
        const refused = store.appendFollowUp({
          rollbackId: asked.id,
          actor: LENA,
          requestId: `bad-${field}-${value.length}`,
          field,
          value,
        });
        await expect(refused).rejects.toMatchObject({
          name: 'InputError',
          message: expect.stringMatching(
            new RegExp(`^value of ${field} must be`),
          ),
        });
        await expect(refused).rejects.toMatchObject({
          message: expect.not.stringContaining('s3cr3t'),
        });
      }
      expect(await knex(TABLE).where({ type: 'follow-up' })).toHaveLength(0);
    });
  },
);
