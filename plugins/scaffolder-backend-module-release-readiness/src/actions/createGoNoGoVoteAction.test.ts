import { mockCredentials } from '@backstage/backend-test-utils';
import { sendJson as json } from '@release-readiness/plugin-release-readiness-node/testUtils';
import { actionContextOf } from '../__testUtils__/actionContextOf';
import { decisionResponseOf } from '../__testUtils__/decisionResponseOf';
import { sendBackstageError as backstageError } from '../__testUtils__/sendBackstageError';
import {
  RecordingServer,
  startRecordingServer,
} from '../__testUtils__/startRecordingServer';
import { testActionOptions } from '../__testUtils__/testActionOptions';
import { createGoNoGoVoteAction } from './createGoNoGoVoteAction';

const JONAS = 'user:default/jonas.weber';
const BASE = '/api/release-readiness';

const input = {
  system: 'servanda',
  decisionId: 'd-1',
  vote: 'go' as const,
  reason: 'Evidence reviewed, rollback plan in place',
};

let server: RecordingServer;
beforeEach(async () => {
  server = await startRecordingServer();
});
afterEach(() => server.close());

const createAction = () =>
  createGoNoGoVoteAction(testActionOptions(server.url));

const contextOf = (
  options: Parameters<typeof actionContextOf>[1] & {
    values?: Partial<typeof input>;
  } = {},
) =>
  actionContextOf(
    { ...input, ...options.values },
    { user: JONAS, stepId: 'vote', ...options },
  );

const go = decisionResponseOf({
  id: 'd-1',
  state: {
    status: 'go',
    reason: 'Every approval is filled',
    approvals: [
      {
        id: 'product-owner',
        title: 'Product Owner',
        filledBy: JONAS,
        candidates: [],
      },
    ],
  },
});

describe('release-readiness:go-no-go:vote', () => {
  it('votes on behalf of the initiator and outputs the status after the vote', async () => {
    server.handle((req, res) =>
      req.method === 'POST' &&
      req.path === `${BASE}/systems/servanda/decisions/d-1/votes`
        ? json(res, 201, go)
        : backstageError(res, 404, 'NotFoundError', 'no such route'),
    );
    const { ctx, logger, outputs, keys } = contextOf();
    await createAction().handler(ctx);

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].authorization).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: mockCredentials.user(JONAS),
        targetPluginId: 'release-readiness',
      })}`,
    );
    expect(server.requests[0].body).toEqual({
      vote: 'go',
      reason: 'Evidence reviewed, rollback plan in place',
      requestId: expect.stringMatching(/^[A-Za-z0-9._:-]{8,100}$/),
    });
    expect(keys).toEqual(['go-no-go-vote:vote:servanda:d-1']);
    expect(outputs()).toEqual({
      status: 'go',
      reason: 'Every approval is filled',
      url: 'https://portal.example/deploys/systems/servanda/decisions/d-1',
    });
    expect(logger.lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining('info: Voting go on decision d-1'),
        'info: Decision d-1 after the vote: go: Every approval is filled',
      ]),
    );
  });

  it("uses the default system's routes without a system", async () => {
    server.handle((_req, res) => json(res, 201, go));
    const { ctx } = contextOf({ values: { system: undefined } });
    await createAction().handler(ctx);
    expect(server.requests[0].path).toBe(`${BASE}/decisions/d-1/votes`);
  });

  it('sends the same request id for two runs of the same task and step', async () => {
    server.handle((_req, res) => json(res, 201, go));
    await createAction().handler(contextOf().ctx);
    await createAction().handler(contextOf().ctx);
    await createAction().handler(contextOf({ taskId: 'task-2' }).ctx);
    const [first, second, other] = server.requests.map(
      r => (r.body as { requestId: string }).requestId,
    );
    expect(first).toBe(second);
    expect(other).not.toBe(first);
  });

  it('in a dry run reads the decision, says the vote would be refused, and writes nothing', async () => {
    server.handle((req, res) =>
      req.method === 'GET' &&
      req.path === `${BASE}/systems/servanda/decisions/d-1`
        ? json(
            res,
            200,
            decisionResponseOf({
              id: 'd-1',
              you: {
                vote: {
                  allowed: false,
                  reason: 'user:default/jonas.weber has already voted',
                },
                waive: { allowed: false, reason: 'No item needs a waiver' },
              },
            }),
          )
        : backstageError(res, 404, 'NotFoundError', 'no such route'),
    );
    const { ctx, logger, outputs } = contextOf({ isDryRun: true });
    await createAction().handler(ctx);
    expect(server.requests.map(r => r.method)).toEqual(['GET']);
    expect(outputs()).toEqual({
      status: 'dry-run',
      reason: 'Dry run: nothing was written (now open)',
      url: 'https://portal.example/deploys/systems/servanda/decisions/d-1',
    });
    expect(logger.lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'info: Dry run: would vote go on decision d-1 (prod 1.4.2, now open: Waiting for Product Owner (Jonas Weber)',
        ),
        'warn: Dry run: the vote would be refused: user:default/jonas.weber has already voted',
      ]),
    );
  });

  it("fails with the backend's reason on 403 and with the conflict on 409", async () => {
    server.handle((_req, res) =>
      backstageError(
        res,
        403,
        'NotAllowedError',
        'user:default/deniz.yilmaz may not vote on this decision',
      ),
    );
    await expect(createAction().handler(contextOf().ctx)).rejects.toThrow(
      '403: user:default/deniz.yilmaz may not vote on this decision',
    );
    server.handle((_req, res) =>
      backstageError(
        res,
        409,
        'ConflictError',
        'user:default/jonas.weber has already voted on decision d-1',
      ),
    );
    const conflict = createAction().handler(contextOf().ctx);
    await expect(conflict).rejects.toThrow(
      '409: user:default/jonas.weber has already voted on decision d-1',
    );
    await expect(conflict).rejects.toMatchObject({ name: 'ConflictError' });
  });
});
