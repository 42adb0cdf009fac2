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
import { createGoNoGoRequestAction } from './createGoNoGoRequestAction';

const LENA = 'user:default/lena.kraus';
const GUEST = 'user:development/guest';
const BASE = '/api/release-readiness';

const input = {
  system: 'servanda',
  environment: 'prod',
  version: '1.4.2',
  risk: 'normal' as const,
  reason: 'Quarterly release with the new export',
};

let server: RecordingServer;
beforeEach(async () => {
  server = await startRecordingServer();
});
afterEach(() => server.close());

const createAction = () =>
  createGoNoGoRequestAction(testActionOptions(server.url));

const contextOf = (
  options: Parameters<typeof actionContextOf>[1] & {
    values?: Partial<typeof input>;
  } = {},
) =>
  actionContextOf(
    { ...input, ...options.values },
    { stepId: 'request', ...options },
  );

const answerCreated = () =>
  server.handle((req, res) => {
    if (
      req.method === 'POST' &&
      req.path === `${BASE}/systems/servanda/decisions`
    ) {
      json(res, 201, decisionResponseOf({ id: 'd-1' }));
      return;
    }
    if (req.method === 'POST' && req.path === `${BASE}/decisions`) {
      json(res, 201, decisionResponseOf({ id: 'd-2', system: 'wimmelwelt' }));
      return;
    }
    backstageError(res, 404, 'NotFoundError', 'no such route');
  });

describe('release-readiness:go-no-go:request', () => {
  it('requests the decision on behalf of the initiator and outputs id, status, verdict and the meeting view', async () => {
    answerCreated();
    const { ctx, logger, outputs } = contextOf();
    await createAction().handler(ctx);

    expect(server.requests).toHaveLength(1);
    const [sent] = server.requests;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe(`${BASE}/systems/servanda/decisions`);
    expect(sent.authorization).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: mockCredentials.user(LENA),
        targetPluginId: 'release-readiness',
      })}`,
    );
    expect(sent.body).toEqual({
      environment: 'prod',
      version: '1.4.2',
      risk: 'normal',
      reason: 'Quarterly release with the new export',
      requestId: expect.stringMatching(/^[A-Za-z0-9._:-]{8,100}$/),
    });
    expect(outputs()).toEqual({
      decisionId: 'd-1',
      status: 'open',
      verdict: 'ready',
      url: 'https://portal.example/deploys/systems/servanda/decisions/d-1',
    });
    expect(logger.lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'info: Requesting a go/no-go decision for servanda/prod 1.4.2',
        ),
        expect.stringContaining(
          'Decision d-1 for prod 1.4.2 (evidence verdict ready) is open: Waiting for Product Owner (Jonas Weber); missing approvals: Product Owner (Jonas Weber)',
        ),
      ]),
    );
    expect(JSON.stringify(logger.lines)).not.toContain('mock-service-token');
    expect(JSON.stringify(outputs())).not.toContain('mock-service-token');
  });

  it("uses the default system's routes without a system, and links the decision's system", async () => {
    answerCreated();
    const { ctx, outputs } = contextOf({ values: { system: undefined } });
    await createAction().handler(ctx);
    expect(server.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      `POST ${BASE}/decisions`,
    ]);
    expect(outputs().url).toBe(
      'https://portal.example/deploys/systems/wimmelwelt/decisions/d-2',
    );
  });

  it('sends the same request id for every run of the same task and step, another for another task or step', async () => {
    answerCreated();
    await createAction().handler(contextOf().ctx);
    await createAction().handler(contextOf().ctx);
    await createAction().handler(contextOf({ taskId: 'task-2' }).ctx);
    await createAction().handler(contextOf({ stepId: 'request-again' }).ctx);
    const ids = server.requests.map(
      r => (r.body as { requestId: string }).requestId,
    );
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(3);
  });

  it('writes inside a checkpoint keyed by the step and the request, so a retried step does not post again', async () => {
    answerCreated();
    const checkpoints = new Map<string, unknown>();
    const first = contextOf({ checkpoints });
    await createAction().handler(first.ctx);
    const retry = contextOf({ checkpoints });
    await createAction().handler(retry.ctx);

    expect(first.keys).toEqual([
      'go-no-go-request:request:servanda:prod:1.4.2',
    ]);
    expect(server.requests).toHaveLength(1);
    expect(retry.outputs()).toEqual(first.outputs());
    expect(retry.logger.lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'Decision d-1 was requested in an earlier run of this step; nothing new is written',
        ),
      ]),
    );
  });

  it('in a dry run proves the environment exists, warns about an open decision, writes nothing and outputs placeholders', async () => {
    server.handle((req, res) => {
      if (req.path === `${BASE}/systems/servanda/environments/prod`) {
        json(res, 200, { name: 'prod', title: 'Production', order: 3 });
      } else if (req.path === `${BASE}/systems/servanda/decisions`) {
        json(res, 200, {
          items: [decisionResponseOf({ id: 'd-0', version: '1.4.2' })],
        });
      } else {
        backstageError(res, 404, 'NotFoundError', 'no such route');
      }
    });
    const { ctx, logger, outputs } = contextOf({ isDryRun: true });
    await createAction().handler(ctx);

    expect(server.requests.map(r => r.method)).toEqual(['GET', 'GET']);
    expect(server.requests[1].query.get('environment')).toBe('prod');
    expect(
      server.requests.every(r =>
        r.authorization?.includes('"obo":"user:default/lena.kraus"'),
      ),
    ).toBe(true);
    expect(outputs()).toEqual({
      decisionId: 'dry-run',
      status: 'dry-run',
      verdict: 'dry-run',
      url: 'https://portal.example/deploys/systems/servanda/decisions/dry-run',
    });
    expect(logger.lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'info: Dry run: would request a go/no-go decision for servanda/prod 1.4.2 (Production)',
        ),
        'warn: Dry run: decision d-0 for prod 1.4.2 is already open; the request would be refused (409)',
      ]),
    );
  });

  it('fails a dry run for an unknown environment with the backend message', async () => {
    server.handle((_req, res) =>
      backstageError(
        res,
        404,
        'NotFoundError',
        "No environment 'prdo'; environments: dev, stage, prod",
      ),
    );
    const { ctx } = contextOf({
      isDryRun: true,
      values: { environment: 'prdo' },
    });
    await expect(createAction().handler(ctx)).rejects.toThrow(
      "404: No environment 'prdo'; environments: dev, stage, prod",
    );
    expect(server.requests.map(r => r.method)).toEqual(['GET']);
  });

  it("fails with the backend's reason when the backend refuses the initiator (403), and outputs nothing", async () => {
    const reason =
      "user:development/guest is not responsible or accountable for 'Go/no-go decision' in prod";
    server.handle((_req, res) =>
      backstageError(res, 403, 'NotAllowedError', reason),
    );
    const { ctx } = contextOf({ user: GUEST });
    const failure = createAction().handler(ctx);
    await expect(failure).rejects.toThrow(`403: ${reason}`);
    await expect(failure).rejects.toMatchObject({ name: 'NotAllowedError' });
    expect(server.requests[0].authorization).toContain(
      '"obo":"user:development/guest"',
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('fails with a clear conflict naming the open decision (409)', async () => {
    server.handle((_req, res) =>
      backstageError(
        res,
        409,
        'ConflictError',
        'Decision d-0 for prod 1.4.2 is already open: vote there, or wait until it expires (2026-12-04T10:00:00.000Z)',
      ),
    );
    const { ctx } = contextOf();
    const failure = createAction().handler(ctx);
    await expect(failure).rejects.toThrow(
      '409: Decision d-0 for prod 1.4.2 is already open: vote there, or wait until it expires (2026-12-04T10:00:00.000Z)',
    );
    await expect(failure).rejects.toMatchObject({ name: 'ConflictError' });
  });
});
