import { mockCredentials } from '@backstage/backend-test-utils';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { sendJson as json } from '@release-readiness/plugin-release-readiness-node/testUtils';
import { actionContextOf } from '../__testUtils__/actionContextOf';
import { rollbackRecordOf } from '../__testUtils__/rollbackRecordOf';
import { sendBackstageError as backstageError } from '../__testUtils__/sendBackstageError';
import {
  ReceivedRequest,
  RecordingServer,
  startRecordingServer,
} from '../__testUtils__/startRecordingServer';
import { testRollbackOptions } from '../__testUtils__/testRollbackOptions';
import { createRollbackAction } from './createRollbackAction';

const MARA = 'user:default/mara.schulz';
const BASE = '/api/release-readiness/systems/servanda';

/** The action's input after the scaffolder validated it (with `dryRun`'s default). */
type Input = {
  system?: string;
  environment: string;
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  name: string;
  toRevision?: number;
  fromRevision?: number;
  dryRun: boolean;
  reason: string;
  overrideReason?: string;
};

const input: Input = {
  system: 'servanda',
  environment: 'prod',
  kind: 'Deployment',
  name: 'servanda-api',
  dryRun: false,
  reason: 'Export errors since 1.4.2, INC-311',
};

let server: RecordingServer;
beforeEach(async () => {
  server = await startRecordingServer();
});
afterEach(() => server.close());

const createAction = (timeoutMs?: number) =>
  createRollbackAction(testRollbackOptions(server.url, timeoutMs));

const contextOf = (
  options: Parameters<typeof actionContextOf>[1] & {
    values?: Partial<Input>;
  } = {},
) =>
  actionContextOf<Input>(
    { ...input, ...options.values },
    { user: MARA, stepId: 'rollback', ...options },
  );

const written = rollbackRecordOf({ id: 'rb-1' });
const succeeded = rollbackRecordOf({
  id: 'rb-1',
  outcome: 'succeeded',
  message: 'Verified: the rollout is complete',
  verification: {
    status: 'passed',
    checks: [
      { name: 'rollout', status: 'pass', detail: 'rolled out' },
      { name: 'ready replicas', status: 'pass', detail: '3 of 3 ready' },
    ],
    at: '2026-12-03T10:01:00.000Z',
  },
  completedAt: '2026-12-03T10:01:00.000Z',
});

/**
 * The backend: `POST /rollbacks` answers `posted` (201 unless told), each `GET /rollbacks/rb-1`
 * the next of `reads` (the last one again when they run out), the workloads route a progressing
 * rollout.
 */
function backend(options: {
  posted?: RollbackRecord;
  status?: number;
  reads?: RollbackRecord[];
}) {
  const reads = [...(options.reads ?? [])];
  server.handle((req: ReceivedRequest, res) => {
    if (req.method === 'POST' && req.path === `${BASE}/rollbacks`) {
      json(res, options.status ?? 201, options.posted ?? written);
    } else if (req.method === 'GET' && req.path === `${BASE}/rollbacks/rb-1`) {
      json(res, 200, reads.length > 1 ? reads.shift() : reads[0]);
    } else if (
      req.method === 'GET' &&
      req.path === `${BASE}/environments/prod/workloads`
    ) {
      json(res, 200, {
        items: [
          {
            kind: 'Deployment',
            name: 'servanda-api',
            rolloutStatus: 'progressing',
            rolloutMessage: 'Waiting for deployment "servanda-api" rollout',
            replicas: { desired: 3, ready: 2 },
            version: '1.4.1',
          },
        ],
        source: { status: 'ok' },
      });
    } else {
      backstageError(res, 404, 'NotFoundError', 'no such route');
    }
  });
}

const routes = () => server.requests.map(r => `${r.method} ${r.path}`);
const posts = () => server.requests.filter(r => r.method === 'POST');

describe('release-readiness:rollback', () => {
  it('rolls back on behalf of the initiator and waits until it is verified, logging progress', async () => {
    backend({ reads: [written, written, succeeded] });
    const { ctx, keys, logger, outputs } = contextOf({
      values: { toRevision: 4 },
    });
    await createAction().handler(ctx);

    expect(keys).toEqual([
      'rollback:rollback:servanda:prod:Deployment:servanda-api:4',
    ]);
    expect(posts()).toHaveLength(1);
    expect(posts()[0].authorization).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: mockCredentials.user(MARA),
        targetPluginId: 'release-readiness',
      })}`,
    );
    expect(posts()[0].body).toEqual({
      environment: 'prod',
      kind: 'Deployment',
      name: 'servanda-api',
      toRevision: 4,
      dryRun: false,
      reason: 'Export errors since 1.4.2, INC-311',
      requestId: expect.stringMatching(/^scaffolder:[0-9a-f]{40}$/),
    });
    expect(
      routes().filter(r => r === `GET ${BASE}/rollbacks/rb-1`).length,
    ).toBe(3);
    expect(outputs()).toEqual({
      rollbackId: 'rb-1',
      outcome: 'succeeded',
      message: 'Verified: the rollout is complete',
      diff: written.diff,
      verification: succeeded.verification,
      url: 'https://portal.example/deploys/systems/servanda/env/prod/rollbacks',
    });
    expect(logger.lines).toEqual(
      expect.arrayContaining([
        'info: Rollback rb-1: revision 5 (1.4.2) → revision 4 (1.4.1); api: registry.example/servanda-api:1.4.2 → registry.example/servanda-api:1.4.1',
        'info: Rollback rb-1 is in-progress: Rolled back Deployment servanda-api to revision 4; verification pending',
        'info: Rollout of Deployment servanda-api: progressing, 2 of 3 replicas ready, runs 1.4.1: Waiting for deployment "servanda-api" rollout',
        expect.stringMatching(
          /^info: Rollback rb-1 succeeded: Verified: the rollout is complete; verification passed: rollout: pass/,
        ),
      ]),
    );
    expect(logger.lines.join('\n')).not.toContain('Bearer');
    expect(logger.lines.join('\n')).not.toContain(
      posts()[0].authorization?.slice('Bearer '.length),
    );
  });

  it('sends the same request id for every run of the same task and step, another for another step', async () => {
    backend({ reads: [succeeded] });
    await createAction().handler(contextOf().ctx);
    await createAction().handler(contextOf().ctx);
    await createAction().handler(contextOf({ stepId: 'rollback-2' }).ctx);
    await createAction().handler(contextOf({ taskId: 'task-2' }).ctx);
    const ids = posts().map(r => (r.body as { requestId: string }).requestId);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(ids[3]).not.toBe(ids[0]);
    expect(posts()[0].body).not.toHaveProperty('toRevision');
  });

  it('reuses the checkpoint of an earlier run: no second POST, it reads the record and waits', async () => {
    backend({ reads: [succeeded] });
    const checkpoints = new Map<string, unknown>();
    await createAction().handler(contextOf({ checkpoints }).ctx);
    const retry = contextOf({ checkpoints });
    await createAction().handler(retry.ctx);

    expect(posts()).toHaveLength(1);
    expect(retry.outputs().outcome).toBe('succeeded');
    expect(retry.logger.lines).toContain(
      'info: Rollback rb-1 was started in an earlier run of this step; nothing new is written',
    );
  });

  it.each([
    ['the template dry run', { isDryRun: true }],
    ['dryRun: true', { values: { dryRun: true } }],
  ])(
    'in %s posts dryRun: true only, logs the diff and does not wait',
    async (_what, options) => {
      const dryRun = rollbackRecordOf({
        id: 'rb-dry',
        dryRun: true,
        outcome: 'dry-run',
        message: 'Dry run: Deployment servanda-api would run revision 4',
        verification: { status: 'not-run', checks: [] },
      });
      backend({ posted: dryRun });
      const { ctx, keys, logger, outputs } = contextOf(options);
      await createAction().handler(ctx);

      expect(routes()).toEqual([`POST ${BASE}/rollbacks`]);
      expect(posts()[0].body).toMatchObject({ dryRun: true });
      expect(keys).toEqual([]);
      expect(outputs()).toEqual({
        rollbackId: 'rb-dry',
        outcome: 'dry-run',
        message: 'Dry run: Deployment servanda-api would run revision 4',
        diff: dryRun.diff,
        url: 'https://portal.example/deploys/systems/servanda/env/prod/rollbacks',
      });
      expect(logger.lines).toContain(
        'info: Dry run rb-dry: revision 5 (1.4.2) → revision 4 (1.4.1); api: registry.example/servanda-api:1.4.2 → registry.example/servanda-api:1.4.1',
      );
    },
  );

  it('fails the step with the record message when the verification failed', async () => {
    backend({
      reads: [
        written,
        rollbackRecordOf({
          id: 'rb-1',
          outcome: 'failed',
          message: 'Verification failed: progress deadline exceeded',
          verification: { status: 'failed', checks: [] },
        }),
      ],
    });
    const { ctx, outputs } = contextOf();
    await expect(createAction().handler(ctx)).rejects.toThrow(
      'Rollback rb-1 failed: Verification failed: progress deadline exceeded',
    );
    expect(outputs().outcome).toBe('failed');
  });

  it.each([
    [
      403,
      'NotAllowedError',
      'mara.schulz is not Responsible for trigger rollback in prod',
    ],
    [409, 'ConflictError', 'Deployment servanda-api changed since the plan'],
  ])(
    'fails the step with "%s: <message>" when the backend refuses',
    async (status, name, message) => {
      server.handle((_req, res) => backstageError(res, status, name, message));
      await expect(createAction().handler(contextOf().ctx)).rejects.toThrow(
        `${status}: ${message}`,
      );
      expect(routes()).toEqual([`POST ${BASE}/rollbacks`]);
    },
  );

  it('fails the step for a conflict record', async () => {
    backend({
      posted: rollbackRecordOf({
        id: 'rb-1',
        outcome: 'conflict',
        message: 'revision 5 is no longer current',
      }),
    });
    await expect(createAction().handler(contextOf().ctx)).rejects.toThrow(
      'Rollback rb-1 was not made (conflict): revision 5 is no longer current',
    );
  });

  it('counts skipped as success and says nothing was written', async () => {
    backend({
      posted: rollbackRecordOf({
        id: 'rb-1',
        outcome: 'skipped',
        message:
          'skipped rollback (current template already matches revision 4)',
        verification: { status: 'not-run', checks: [] },
      }),
    });
    const { ctx, logger, outputs } = contextOf();
    await createAction().handler(ctx);
    expect(outputs().outcome).toBe('skipped');
    expect(routes()).not.toContain(`GET ${BASE}/rollbacks/rb-1`);
    expect(logger.lines).toContain(
      'info: Rollback rb-1 skipped, nothing was written: skipped rollback (current template already matches revision 4)',
    );
  });

  it('stops waiting after the timeout and fails the step', async () => {
    backend({ reads: [written] });
    const started = Date.now();
    await expect(createAction(200).handler(contextOf().ctx)).rejects.toThrow(
      /^Rollback rb-1 is still in progress after \d+ s/,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(
      routes().filter(r => r === `GET ${BASE}/rollbacks/rb-1`).length,
    ).toBeGreaterThan(1);
  });
});
