import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../../__testUtils__/testDatabaseIds';
import { isoOf } from '../../readiness/isoOf';
import type { DatabaseRollbackStore } from './DatabaseRollbackStore';
import {
  JONAS,
  LENA,
  TABLE,
  createStore,
  requestedRecord,
  steppingClock,
} from './__testUtils__/rollbackFixtures';

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

const TIM = 'user:default/tim.berger';

const PASSED = {
  status: 'passed' as const,
  checks: [
    {
      name: 'rollout',
      status: 'pass' as const,
      detail: '3 of 3 replicas updated and ready',
    },
  ],
  at: '2026-12-01T10:00:01.500Z',
};

/** A rollback of a workload that wrote (its result recorded as in progress). */
async function written(
  store: DatabaseRollbackStore,
  over: Parameters<typeof requestedRecord>[0] = {},
) {
  const { record } = await store.appendRequested({
    record: requestedRecord(over),
    requestId: `written-${Math.random()}`,
  });
  return store.appendExecuted({
    rollbackId: record.id,
    outcome: 'in-progress',
    message: 'Patched; waiting for the rollout',
  });
}

describe.each(databases.eachSupportedId())(
  'DatabaseRollbackStore on %s',
  id => {
    it('records a rollback from its request to its follow-ups, in server time, and folds it', async () => {
      const { knex, store } = await createStore(databases, id, {
        now: steppingClock('2026-12-01T10:00:00.000Z'),
      });
      const asked = requestedRecord();
      const requested = await store.appendRequested({
        record: asked,
        toRevision: 6,
        requestId: 'req-1',
      });
      const {
        followUps: _followUps,
        completedAt: _completedAt,
        ...kept
      } = asked;
      expect(requested).toEqual({
        created: true,
        record: { ...kept, createdAt: '2026-12-01T10:00:00.000Z' },
      });

      const executed = await store.appendExecuted({
        rollbackId: asked.id,
        outcome: 'in-progress',
        message: 'Patched deployment/servanda-api; waiting for the rollout',
        run: { id: 'patch-1' },
      });
      expect(executed).toEqual({
        ...kept,
        message: 'Patched deployment/servanda-api; waiting for the rollout',
        run: { id: 'patch-1' },
        createdAt: '2026-12-01T10:00:00.000Z',
        followUps: {
          communication: { done: false },
          postMortem: { dueAt: '2026-12-03T10:00:01.000Z' },
        },
      });

      const verified = await store.appendVerified({
        rollbackId: asked.id,
        verification: PASSED,
        outcome: 'succeeded',
        message: 'Rolled back and verified',
      });
      expect(verified).toMatchObject({
        outcome: 'succeeded',
        message: 'Rolled back and verified',
        verification: PASSED,
        completedAt: '2026-12-01T10:00:02.000Z',
      });

      await store.appendFollowUp({
        rollbackId: asked.id,
        actor: JONAS,
        requestId: 'comm-1',
        field: 'communication',
        value: true,
      });
      await store.appendFollowUp({
        rollbackId: asked.id,
        actor: LENA,
        requestId: 'owner-1',
        field: 'postMortemOwner',
        value: 'User:default/Tim.Berger',
      });
      const done = await store.appendFollowUp({
        rollbackId: asked.id,
        actor: TIM,
        requestId: 'link-1',
        field: 'postMortemLink',
        value: 'https://wiki.servanda.example/post-mortems/2026-12-01',
      });
      expect(done).toEqual({
        ...kept,
        outcome: 'succeeded',
        message: 'Rolled back and verified',
        run: { id: 'patch-1' },
        verification: PASSED,
        createdAt: '2026-12-01T10:00:00.000Z',
        completedAt: '2026-12-01T10:00:02.000Z',
        followUps: {
          communication: {
            done: true,
            by: JONAS,
            at: '2026-12-01T10:00:03.000Z',
          },
          postMortem: {
            owner: TIM,
            dueAt: '2026-12-03T10:00:01.000Z',
            link: 'https://wiki.servanda.example/post-mortems/2026-12-01',
          },
        },
      });
      expect(await store.get('servanda', asked.id)).toEqual(done);
      expect(await store.get('wimmelwelt', asked.id)).toBeUndefined();
      expect(await store.get('servanda', 'no-such-rollback')).toBeUndefined();
      expect(await store.findByRequestId(LENA, 'req-1')).toEqual(done);
      expect(await store.findByRequestId(JONAS, 'req-1')).toBeUndefined();
      // A follow-up's requestId asked for no rollback.
      expect(await store.findByRequestId(JONAS, 'comm-1')).toBeUndefined();

      const rows = await knex(TABLE).orderBy('seq');
      expect(
        rows.map(r => [
          r.type,
          r.rollback_id,
          r.system,
          r.environment,
          r.kind,
          r.name,
          r.actor,
          r.request_id,
          r.unique_key,
          isoOf(r.created_at),
        ]),
      ).toEqual([
        [
          'requested',
          asked.id,
          'servanda',
          'prod',
          'Deployment',
          'servanda-api',
          LENA,
          'req-1',
          `requested:${asked.id}`,
          '2026-12-01T10:00:00.000Z',
        ],
        [
          'executed',
          asked.id,
          'servanda',
          'prod',
          'Deployment',
          'servanda-api',
          'plugin:release-readiness',
          null,
          `executed:${asked.id}`,
          '2026-12-01T10:00:01.000Z',
        ],
        [
          'verified',
          asked.id,
          'servanda',
          'prod',
          'Deployment',
          'servanda-api',
          'plugin:release-readiness',
          null,
          `verified:${asked.id}`,
          '2026-12-01T10:00:02.000Z',
        ],
        ...[
          ['communication', JONAS, 'comm-1', '03'],
          ['postMortemOwner', LENA, 'owner-1', '04'],
          ['postMortemLink', TIM, 'link-1', '05'],
        ].map(([field, actor, requestId, second]) => [
          'follow-up',
          asked.id,
          'servanda',
          'prod',
          'Deployment',
          'servanda-api',
          actor,
          requestId,
          `follow-up:${asked.id}:${field}`,
          `2026-12-01T10:00:${second}.000Z`,
        ]),
      ]);
      expect(new Set(rows.map(r => r.id)).size).toBe(6);
      expect(JSON.parse(rows[0].payload)).toMatchObject({ toRevision: 6 });
    });

    it('completes a refused request at once, a failed write when it is recorded, and gives a verification its time', async () => {
      const { store } = await createStore(databases, id, {
        now: steppingClock('2026-12-01T10:00:00.000Z'),
      });
      const refused = await store.appendRequested({
        record: requestedRecord({
          outcome: 'refused',
          message: 'servanda-api is managed by Helm: use helm rollback',
        }),
        requestId: 'refused',
      });
      expect(refused.record).toMatchObject({
        outcome: 'refused',
        createdAt: '2026-12-01T10:00:00.000Z',
        completedAt: '2026-12-01T10:00:00.000Z',
      });
      expect(refused.record.followUps).toBeUndefined();

      const asked = requestedRecord({ strategy: 'github-actions' });
      await store.appendRequested({ record: asked, requestId: 'pipeline' });
      const failed = await store.appendExecuted({
        rollbackId: asked.id,
        outcome: 'failed',
        message: 'The deploy run failed (conclusion failure)',
        run: {
          id: '4711',
          url: 'https://github.com/servanda/servanda/actions/runs/4711',
          conclusion: 'failure',
        },
      });
      expect(failed).toMatchObject({
        outcome: 'failed',
        completedAt: '2026-12-01T10:00:02.000Z',
        run: { id: '4711', conclusion: 'failure' },
        // A failed pipeline run may have deployed: the playbook's follow-ups apply.
        followUps: { postMortem: { dueAt: '2026-12-03T10:00:02.000Z' } },
      });
      // The diff of the request stays when the result brings none.
      expect(failed.diff).toEqual(asked.diff);

      const other = await written(store);
      const timedOut = await store.appendVerified({
        rollbackId: other.id,
        verification: {
          status: 'timed-out',
          checks: [{ name: 'rollout', status: 'unknown', detail: '1 of 3' }],
        },
        outcome: 'failed',
        message: 'Verification timed-out: rollout: 1 of 3',
      });
      expect(timedOut.verification.at).toBe('2026-12-01T10:00:05.000Z');
      expect(timedOut.completedAt).toBe('2026-12-01T10:00:05.000Z');
    });

    it("lists a system's rollbacks newest first, by environment, kind and name, at most limit", async () => {
      const { store } = await createStore(databases, id);
      const make = async (over: Parameters<typeof requestedRecord>[0]) =>
        (
          await store.appendRequested({
            record: requestedRecord({
              outcome: 'dry-run',
              dryRun: true,
              ...over,
            }),
            requestId: `list-${Math.random()}`,
          })
        ).record.id;
      const api = await make({});
      const stageApi = await make({ environment: 'stage' });
      const worker = await make({
        workload: { kind: 'Deployment', name: 'servanda-worker' },
      });
      const db = await make({
        workload: { kind: 'StatefulSet', name: 'servanda-api' },
      });
      const foreign = await make({ system: 'wimmelwelt' });
      const api2 = await make({});

      const ids = async (query: Partial<Parameters<typeof store.list>[0]>) =>
        (await store.list({ system: 'servanda', limit: 100, ...query })).map(
          r => r.id,
        );
      expect(await ids({})).toEqual([api2, db, worker, stageApi, api]);
      expect(await ids({ environment: 'prod' })).toEqual([
        api2,
        db,
        worker,
        api,
      ]);
      expect(await ids({ kind: 'Deployment' })).toEqual([
        api2,
        worker,
        stageApi,
        api,
      ]);
      expect(await ids({ name: 'servanda-api' })).toEqual([
        api2,
        db,
        stageApi,
        api,
      ]);
      expect(
        await ids({
          environment: 'prod',
          kind: 'Deployment',
          name: 'servanda-api',
        }),
      ).toEqual([api2, api]);
      expect(await ids({ limit: 2 })).toEqual([api2, db]);
      expect(await ids({ limit: 0 })).toEqual([]);
      expect(await ids({ environment: 'dev' })).toEqual([]);
      expect(
        (await store.list({ system: 'wimmelwelt', limit: 10 })).map(r => r.id),
      ).toEqual([foreign]);
    });

    it('finds the last rollback that wrote, past dry runs, refusals, skips and conflicts', async () => {
      const { store } = await createStore(databases, id);
      const workload = {
        system: 'servanda',
        environment: 'prod',
        kind: 'Deployment',
        name: 'servanda-api',
      };
      expect(await store.lastWritten(workload)).toBeUndefined();
      const first = await written(store);
      const second = await written(store);
      await store.appendVerified({
        rollbackId: second.id,
        verification: PASSED,
        outcome: 'succeeded',
        message: 'Rolled back and verified',
      });
      // Newer rollbacks that wrote nothing, and newer writes of other workloads.
      for (const outcome of ['dry-run', 'refused', 'skipped'] as const) {
        await store.appendRequested({
          record: requestedRecord({ outcome, dryRun: outcome === 'dry-run' }),
          requestId: `not-written-${outcome}`,
        });
      }
      const conflicted = requestedRecord();
      await store.appendRequested({ record: conflicted, requestId: 'c' });
      await store.appendExecuted({
        rollbackId: conflicted.id,
        outcome: 'conflict',
        message: 'servanda-api changed since the plan',
      });
      const dryRun = requestedRecord({ dryRun: true });
      await store.appendRequested({ record: dryRun, requestId: 'd' });
      await store.appendExecuted({
        rollbackId: dryRun.id,
        outcome: 'dry-run',
        message: 'The server accepted the patch (dry run)',
      });
      await written(store, { environment: 'stage' });
      await written(store, {
        workload: { kind: 'Deployment', name: 'servanda-worker' },
      });
      await written(store, {
        workload: { kind: 'StatefulSet', name: 'servanda-api' },
      });
      await written(store, { system: 'wimmelwelt' });

      expect((await store.lastWritten(workload))?.id).toBe(second.id);
      expect(
        (await store.lastWritten({ ...workload, environment: 'stage' }))
          ?.outcome,
      ).toBe('in-progress');
      expect(
        await store.lastWritten({ ...workload, name: 'servanda-web' }),
      ).toBeUndefined();

      // A request whose result is not recorded yet may have written: it counts.
      const pending = requestedRecord();
      await store.appendRequested({ record: pending, requestId: 'p' });
      expect((await store.lastWritten(workload))?.id).toBe(pending.id);
      // A dry run whose result is not recorded yet writes nothing.
      await store.appendRequested({
        record: requestedRecord({ dryRun: true }),
        requestId: 'dry-pending',
      });
      expect((await store.lastWritten(workload))?.id).toBe(pending.id);
      expect(first.id).not.toBe(second.id);
    });

    it('finds the last write behind more dry runs than one page holds', async () => {
      const { store } = await createStore(databases, id);
      const workload = {
        system: 'servanda',
        environment: 'prod',
        kind: 'Deployment',
        name: 'servanda-api',
      };
      const write = await written(store);
      for (let i = 0; i < 205; i++) {
        await store.appendRequested({
          record: requestedRecord({ outcome: 'dry-run', dryRun: true }),
          requestId: `dry-${i}`,
        });
      }
      expect((await store.lastWritten(workload))?.id).toBe(write.id);
      expect(
        await store.list({ system: 'servanda', limit: 1000 }),
      ).toHaveLength(206);
    });
  },
);
