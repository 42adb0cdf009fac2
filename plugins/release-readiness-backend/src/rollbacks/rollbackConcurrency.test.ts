import { TestDatabases } from '@backstage/backend-test-utils';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { DENIZ, MARA } from './__testUtils__/rollbackPeople';
import {
  API_IMAGES,
  startRollbacksBackend,
} from './__testUtils__/startRollbacksBackend';

/**
 * Concurrent and retried rollbacks through the real plugin, on SQLite and on every PostgreSQL
 * `scripts/test-postgres.sh` provides: the workload's lock and cooldown make 20 concurrent
 * rollbacks write once, a retried request id answers with its first record, and a workload that
 * changed since the user looked (or since the plan) is a recorded conflict, never a blind write.
 */

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

const sleep = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, ms));

describe.each(databases.eachSupportedId())('rollbacks on %s', id => {
  const start = async (
    options: Parameters<typeof startRollbacksBackend>[0] = {},
  ) => startRollbacksBackend({ ...options, knex: await databases.init(id) });

  it('writes once for 20 concurrent rollbacks of one workload; the other 19 are recorded 409s naming the first', async () => {
    const { api, control, workloads } = await start();
    // Each write takes a while, so the others arrive while it runs.
    control.beforeWrite = () => sleep(100);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.rollBack(i % 2 === 0 ? MARA : DENIZ),
      ),
    );
    const statuses = answers.map(a => a.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    expect(control.writes).toHaveLength(1);
    expect(workloads.imageOf('prod', 'Deployment', 'servanda-api')).toBe(
      API_IMAGES[2],
    );
    const first = answers.find(a => a.status === 201)!.body as RollbackRecord;
    for (const refused of answers.filter(a => a.status === 409)) {
      expect(refused.body.error.name).toBe('ConflictError');
      expect(refused.body.error.message).toContain(`rollback ${first.id}`);
    }
    const records: RollbackRecord[] = (await api.list(MARA, '?limit=50')).body
      .items;
    expect(records).toHaveLength(20);
    expect(records.filter(r => r.outcome === 'conflict')).toHaveLength(19);
    expect(records.filter(r => r.id === first.id)).toHaveLength(1);
  });

  it('answers a retried request id with its first record (200) and writes no second time; another reason under that id is a 409', async () => {
    const { api, control } = await start();
    const requestId = 'retry-4b1d9c2e';
    const first = await api.rollBack(MARA, { requestId });
    expect(first.status).toBe(201);
    const retried = await api.rollBack(MARA, { requestId });
    expect(retried.status).toBe(200);
    expect(retried.body.id).toBe(first.body.id);
    expect(retried.body.createdAt).toBe(first.body.createdAt);
    expect(control.writes).toHaveLength(1);
    const other = await api.rollBack(MARA, {
      requestId,
      reason: 'Another reason for the same request',
    });
    expect(other.status).toBe(409);
    expect(other.body.error.message).toContain("'requestId'");
    expect(control.writes).toHaveLength(1);
    expect((await api.list(MARA)).body.items).toHaveLength(1);
  });

  it('records a conflict and writes nothing when the workload is no longer at the revision the user saw (fromRevision)', async () => {
    const { api, control } = await start();
    const res = await api.rollBack(MARA, { fromRevision: 2 });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('at revision 3 now, not 2');
    expect(control.writes).toEqual([]);
    const [record] = (await api.list(MARA)).body.items;
    expect(record).toMatchObject({ outcome: 'conflict', dryRun: false });
    const fresh = await api.rollBack(MARA, { fromRevision: 3 });
    expect(fresh.status).toBe(201);
  });

  it("records a conflict when the workload changes between the plan and the write (the strategy's precondition fails)", async () => {
    const { api, control, workloads } = await start();
    control.beforeWrite = () =>
      // Someone scales the Deployment meanwhile: its resource version moves on.
      workloads.change('prod', 'servanda-api', {
        replicas: { desired: 5, ready: 3, available: 3, updated: 3 },
      });
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('changed since the plan');
    expect(control.writes).toEqual([]);
    expect(workloads.imageOf('prod', 'Deployment', 'servanda-api')).toBe(
      API_IMAGES[3],
    );
    const record = await api.record(
      MARA,
      (
        await api.list(MARA)
      ).body.items[0].id,
    );
    expect(record.outcome).toBe('conflict');
    expect(record.message).toBe(res.body.error.message);
    expect(record.followUps).toBeUndefined();
  });

  it.each([
    [
      'an unknown environment',
      { environment: 'qa' },
      404,
      "Unknown environment 'qa'",
    ],
    ['an unknown kind', { kind: 'CronJob' }, 400, "Invalid body field 'kind'"],
    [
      'an unknown workload',
      { name: 'no-such-api' },
      404,
      "No Deployment 'no-such-api' in prod",
    ],
    [
      'a revision the strategy does not know',
      { toRevision: 9 },
      400,
      "Invalid body field 'toRevision'",
    ],
    ['no reason', { reason: undefined }, 400, "'reason'"],
    ['a malformed request id', { requestId: 'short' }, 400, "'requestId'"],
  ])(
    'answers %s with a 4xx and records nothing',
    async (_label, body, status, message) => {
      const { api, control } = await start();
      const res = await api.rollBack(MARA, body);
      expect(res.status).toBe(status);
      expect(res.body.error.message).toContain(message);
      expect(control.writes).toEqual([]);
      expect(control.dryRuns).toEqual([]);
      expect((await api.list(MARA)).body.items).toEqual([]);
    },
  );
});
