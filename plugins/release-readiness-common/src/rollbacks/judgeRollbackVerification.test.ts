import type { SlaServiceResult, SloObjectiveResult } from '../sla';
import type { Workload } from '../workloads';
import { judgeRollbackVerification } from './judgeRollbackVerification';

const AT = '2026-12-01T10:00:00.000Z';

const workload = (over: Partial<Workload>): Workload => ({
  kind: 'Deployment',
  name: 'servanda-api',
  namespace: 'servanda-prod',
  images: [],
  replicas: { desired: 3, ready: 3, available: 3, updated: 3 },
  rolloutStatus: 'complete',
  restarts: 0,
  managedBy: { tool: 'plain' },
  findings: [],
  ...over,
});

const trigger = (over: Partial<SloObjectiveResult>): SlaServiceResult => ({
  name: 'api-gateway',
  window: 'P30D',
  status: 'pass',
  objectives: [
    {
      id: 'rollback-5xx',
      title: '5xx over 2 % for 5 min',
      kind: 'error-rate',
      role: 'rollback-trigger',
      target: 0.02,
      window: 'PT5M',
      actual: 0.001,
      status: 'pass',
      data: 'ok',
      approximate: false,
      requests: 12000,
      firing: false,
      reason: 'quiet',
      ...over,
    },
  ],
});

describe('judgeRollbackVerification', () => {
  it('passes when the rollout is complete, the replicas ready and the triggers quiet', () => {
    const result = judgeRollbackVerification({
      workload: workload({}),
      sla: [trigger({})],
      at: AT,
      deadlinePassed: false,
    });
    expect(result.status).toBe('passed');
    expect(result.at).toBe(AT);
    expect(result.checks.map(c => [c.name, c.status])).toEqual([
      ['rollout', 'pass'],
      ['ready replicas', 'pass'],
      ['api-gateway: 5xx over 2 % for 5 min', 'pass'],
    ]);
  });

  it('waits while the rollout progresses, and times out at the deadline', () => {
    const progressing = workload({
      rolloutStatus: 'progressing',
      rolloutMessage:
        'Waiting for deployment "servanda-api" rollout to finish: 1 of 3 updated replicas are available...',
      replicas: { desired: 3, ready: 1, available: 1, updated: 1 },
    });
    expect(
      judgeRollbackVerification({
        workload: progressing,
        at: AT,
        deadlinePassed: false,
      }),
    ).toMatchObject({ status: 'pending' });
    const late = judgeRollbackVerification({
      workload: progressing,
      at: AT,
      deadlinePassed: true,
    });
    expect(late.status).toBe('timed-out');
    expect(late.checks[1]).toEqual({
      name: 'ready replicas',
      status: 'unknown',
      detail: '1 of 3 replicas ready',
    });
  });

  it('fails at once when the rollout failed, with its message', () => {
    const result = judgeRollbackVerification({
      workload: workload({
        rolloutStatus: 'failed',
        rolloutMessage:
          'ReplicaSet "servanda-api-7f9" has timed out progressing.',
      }),
      at: AT,
      deadlinePassed: false,
    });
    expect(result.status).toBe('failed');
    expect(result.checks[0].detail).toBe(
      'ReplicaSet "servanda-api-7f9" has timed out progressing.',
    );
  });

  it('waits for a firing trigger to go quiet, and fails when it still fires at the deadline', () => {
    const firing = [
      trigger({ firing: true, status: 'fail', reason: '4.1% 5xx' }),
    ];
    expect(
      judgeRollbackVerification({
        workload: workload({}),
        sla: firing,
        at: AT,
        deadlinePassed: false,
      }).status,
    ).toBe('pending');
    expect(
      judgeRollbackVerification({
        workload: workload({}),
        sla: firing,
        at: AT,
        deadlinePassed: true,
      }).status,
    ).toBe('failed');
  });

  it('waits until the workload runs the version the rollback targets', () => {
    const still = judgeRollbackVerification({
      workload: workload({ version: '1.4.2' }),
      expectedVersion: '1.4.1',
      at: AT,
      deadlinePassed: false,
    });
    expect(still.status).toBe('pending');
    expect(still.checks[1]).toEqual({
      name: 'version',
      status: 'unknown',
      detail: 'Runs 1.4.2; the rollback targets 1.4.1',
    });
    expect(
      judgeRollbackVerification({
        workload: workload({ version: '1.4.1' }),
        expectedVersion: '1.4.1',
        at: AT,
        deadlinePassed: false,
      }).status,
    ).toBe('passed');
  });

  it('never passes without the workload or with unknown trigger data', () => {
    expect(
      judgeRollbackVerification({
        workload: undefined,
        at: AT,
        deadlinePassed: true,
      }).status,
    ).toBe('timed-out');
    expect(
      judgeRollbackVerification({
        workload: workload({}),
        sla: [
          trigger({ status: 'unknown', firing: undefined, reason: 'no data' }),
        ],
        at: AT,
        deadlinePassed: false,
      }).status,
    ).toBe('pending');
  });
});
