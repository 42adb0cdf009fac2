import { MARA } from './__testUtils__/rollbackPeople';
import { REASON } from './__testUtils__/rollbacksApi';
import {
  API_IMAGES,
  startRollbacksBackend,
} from './__testUtils__/startRollbacksBackend';

/**
 * A rollback as the on-call (Responsible of "trigger rollback"), through the real plugin: the dry
 * run writes nothing, the real one writes once and is then verified in the background against
 * the workload source (rollout complete, ready replicas back, the target version running).
 */

jest.setTimeout(60_000);

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** The diff of rolling prod's servanda-api back from revision 3 to 2, from the seed. */
const DIFF = {
  from: { revision: 3, version: '1.4.2' },
  to: { revision: 2, version: '1.4.1' },
  changes: [{ container: 'api', from: API_IMAGES[3], to: API_IMAGES[2] }],
};

describe('a rollback by the on-call', () => {
  it('dry run: 201 with a dry-run record and the diff, and no write', async () => {
    const { api, control, workloads } = await startRollbacksBackend();
    const res = await api.rollBack(MARA, { dryRun: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      system: 'default',
      environment: 'prod',
      workload: { kind: 'Deployment', name: 'servanda-api' },
      strategy: 'kubernetes',
      actor: MARA,
      reason: REASON,
      dryRun: true,
      outcome: 'dry-run',
      verification: { status: 'not-run', checks: [] },
    });
    expect(res.body.diff).toEqual(DIFF);
    expect(res.body.followUps).toBeUndefined();
    expect(control.writes).toEqual([]);
    expect(control.dryRuns).toEqual([
      expect.objectContaining({ from: 3, to: 2, actor: MARA, dryRun: true }),
    ]);
    expect(workloads.imageOf('prod', 'Deployment', 'servanda-api')).toBe(
      API_IMAGES[3],
    );
  });

  it('writes once, stays in progress while the rollout progresses, and succeeds once it is complete with the target version', async () => {
    const { api, control, workloads } = await startRollbacksBackend();
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      outcome: 'in-progress',
      dryRun: false,
      verification: { status: 'pending' },
    });
    expect(res.body.diff).toEqual(DIFF);
    expect(control.writes).toEqual([
      {
        environment: 'prod',
        kind: 'Deployment',
        name: 'servanda-api',
        from: 3,
        to: 2,
        dryRun: false,
        actor: MARA,
        reason: REASON,
      },
    ]);
    expect(workloads.imageOf('prod', 'Deployment', 'servanda-api')).toBe(
      API_IMAGES[2],
    );

    await sleep(400); // about eight looks of the verifier, the rollout still progressing
    const waiting = await api.record(MARA, res.body.id);
    expect(waiting.outcome).toBe('in-progress');
    expect(waiting.completedAt).toBeUndefined();

    workloads.complete('prod', 'servanda-api');
    const done = await api.settled(MARA, res.body.id);
    expect(done.outcome).toBe('succeeded');
    expect(done.verification.status).toBe('passed');
    expect(done.verification.checks.map(c => [c.name, c.status])).toEqual([
      ['rollout', 'pass'],
      ['version', 'pass'],
      ['ready replicas', 'pass'],
    ]);
    expect(Date.parse(done.completedAt!)).toBeGreaterThanOrEqual(
      Date.parse(done.createdAt),
    );
    expect(control.writes).toHaveLength(1);
  });

  it('never succeeds while a complete rollout runs another version than the target', async () => {
    const { api, workloads } = await startRollbacksBackend({
      prodRollback: { verify: { interval: 'PT0.05S', timeout: 'PT0.6S' } },
    });
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(201);
    // Someone deploys 1.4.2 again right away; its rollout completes.
    workloads.change('prod', 'servanda-api', {
      revisions: [{ revision: 5, image: API_IMAGES[3] }],
      current: 5,
    });
    workloads.complete('prod', 'servanda-api');
    const done = await api.settled(MARA, res.body.id);
    expect(done.outcome).toBe('failed');
    expect(done.verification.status).toBe('timed-out');
    expect(done.verification.checks).toContainEqual({
      name: 'version',
      status: 'unknown',
      detail: 'Runs 1.4.2; the rollback targets 1.4.1',
    });
  });

  it("fails with the rollout's message when the rollout fails", async () => {
    const { api, workloads } = await startRollbacksBackend();
    const res = await api.rollBack(MARA);
    const message =
      'ReplicaSet "servanda-api-4" has timed out progressing: progress deadline exceeded';
    workloads.change('prod', 'servanda-api', {
      rolloutStatus: 'failed',
      rolloutMessage: message,
    });
    const done = await api.settled(MARA, res.body.id);
    expect(done.outcome).toBe('failed');
    expect(done.verification.status).toBe('failed');
    expect(done.message).toContain(message);
    expect(done.verification.checks[0]).toEqual({
      name: 'rollout',
      status: 'fail',
      detail: message,
    });
  });

  it('fails as timed out when the rollout never completes', async () => {
    const { api } = await startRollbacksBackend({
      prodRollback: { verify: { interval: 'PT0.05S', timeout: 'PT0.5S' } },
    });
    const started = Date.now();
    const res = await api.rollBack(MARA);
    const done = await api.settled(MARA, res.body.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(done.outcome).toBe('failed');
    expect(done.verification.status).toBe('timed-out');
    expect(done.verification.checks[0]).toMatchObject({
      name: 'rollout',
      status: 'unknown',
    });
    expect(done.message).toMatch(/^Verification timed-out: /);
  });

  it('refuses to verify on stale workload data: a source failing after the write never passes', async () => {
    const { api, control, workloads } = await startRollbacksBackend({
      prodRollback: { verify: { interval: 'PT0.05S', timeout: 'PT0.5S' } },
    });
    // The rollout is complete (with the target) at once; the source then fails, so all the
    // verifier could judge is the last good listing of the board's refresh after the write.
    control.rolloutAfterWrite = 'complete';
    control.beforeWrite = () => {
      const listed = workloads.listed.get('prod') ?? 0;
      const failAfter = listed + 1; // the refresh after the write still answers
      const original = workloads.list.bind(workloads);
      workloads.list = (environment: string) => {
        if (
          environment === 'prod' &&
          (workloads.listed.get('prod') ?? 0) >= failAfter
        ) {
          workloads.failing.add('prod');
        }
        return original(environment);
      };
    };
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(201);
    const done = await api.settled(MARA, res.body.id);
    expect(done.outcome).toBe('failed');
    expect(done.verification.status).toBe('timed-out');
  });
});

describe('a rollback through a pipeline strategy', () => {
  const pipeline = {
    prodRollback: {
      workloads: { 'servanda-api': { strategy: 'test-pipeline' } },
    },
  };

  it("fails with the run's conclusion when the pipeline run fails", async () => {
    const { api, control } = await startRollbacksBackend(pipeline);
    control.progressAnswers = [
      { done: false, succeeded: false, message: 'Run run-1 is in progress' },
      {
        done: true,
        succeeded: false,
        message: 'Run run-1 concluded: failure',
        run: { id: 'run-1', conclusion: 'failure' },
      },
    ];
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(201);
    expect(res.body.strategy).toBe('test-pipeline');
    expect(res.body.run).toEqual({
      id: 'run-1',
      url: 'https://ci.example/runs/run-1',
    });
    const done = await api.settled(MARA, res.body.id);
    expect(done.outcome).toBe('failed');
    expect(done.verification).toMatchObject({
      status: 'failed',
      checks: [
        {
          name: 'pipeline run',
          status: 'fail',
          detail: 'Run run-1 concluded: failure',
        },
      ],
    });
    expect(control.progressAsked.map(e => e.run?.id)).toEqual([
      'run-1',
      'run-1',
    ]);
  });

  it('verifies the rollout after a successful run', async () => {
    const { api, control, workloads } = await startRollbacksBackend(pipeline);
    control.progressAnswers = [
      { done: true, succeeded: true, message: 'Run run-1 concluded: success' },
    ];
    const res = await api.rollBack(MARA);
    await sleep(300);
    expect((await api.record(MARA, res.body.id)).outcome).toBe('in-progress');
    workloads.complete('prod', 'servanda-api');
    const done = await api.settled(MARA, res.body.id);
    expect(done.outcome).toBe('succeeded');
    expect(done.verification.checks.map(c => [c.name, c.status])).toEqual([
      ['pipeline run', 'pass'],
      ['rollout', 'pass'],
      ['version', 'pass'],
      ['ready replicas', 'pass'],
    ]);
  });
});
