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
import { createGoNoGoWaiveAction } from './createGoNoGoWaiveAction';

const JONAS = 'user:default/jonas.weber';
const BASE = '/api/release-readiness';

const input = {
  system: 'servanda',
  decisionId: 'd-1',
  item: 'restore-test',
  reason: 'Restore tested manually on 2026-12-02, ticket OPS-1234',
  until: '2026-12-03T20:00:00Z',
};

let server: RecordingServer;
beforeEach(async () => {
  server = await startRecordingServer();
});
afterEach(() => server.close());

const createAction = () =>
  createGoNoGoWaiveAction(testActionOptions(server.url));

const contextOf = (
  options: Parameters<typeof actionContextOf>[1] & {
    values?: Partial<typeof input>;
  } = {},
) =>
  actionContextOf(
    { ...input, ...options.values },
    { user: JONAS, stepId: 'waive', ...options },
  );

const blocked = decisionResponseOf({
  id: 'd-1',
  state: {
    reason: 'Waiting for a waiver of Restore test',
    blocking: [
      {
        item: 'restore-test',
        title: 'Restore test',
        status: 'unknown',
        reason: 'No restore test result',
      },
    ],
  },
  you: {
    vote: { allowed: true, reason: 'Accountable for go/no-go' },
    waive: { allowed: true, reason: 'Accountable for go/no-go' },
  },
});

describe('release-readiness:go-no-go:waive', () => {
  it('waives the item on behalf of the initiator, once per task, step and item', async () => {
    server.handle((req, res) =>
      req.method === 'POST' &&
      req.path === `${BASE}/systems/servanda/decisions/d-1/waivers`
        ? json(res, 201, decisionResponseOf({ id: 'd-1' }))
        : backstageError(res, 404, 'NotFoundError', 'no such route'),
    );
    const first = contextOf();
    await createAction().handler(first.ctx);
    await createAction().handler(contextOf().ctx);
    await createAction().handler(
      contextOf({ values: { item: 'backup-age' } }).ctx,
    );

    expect(first.keys).toEqual([
      'go-no-go-waive:waive:servanda:d-1:restore-test',
    ]);
    expect(server.requests[0].authorization).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: mockCredentials.user(JONAS),
        targetPluginId: 'release-readiness',
      })}`,
    );
    const bodies = server.requests.map(
      r => r.body as { requestId: string; item: string },
    );
    expect(bodies[0]).toEqual({
      item: 'restore-test',
      reason: 'Restore tested manually on 2026-12-02, ticket OPS-1234',
      until: '2026-12-03T20:00:00Z',
      requestId: expect.stringMatching(/^[A-Za-z0-9._:-]{8,100}$/),
    });
    expect(bodies[1].requestId).toBe(bodies[0].requestId);
    expect(bodies[2].requestId).not.toBe(bodies[0].requestId);
    expect(first.outputs()).toEqual({
      status: 'open',
      reason: 'Waiting for Product Owner (Jonas Weber)',
      url: 'https://portal.example/deploys/systems/servanda/decisions/d-1',
    });
  });

  it('in a dry run says which items need a waiver and writes nothing', async () => {
    server.handle((_req, res) => json(res, 200, blocked));
    const { ctx, logger, outputs } = contextOf({
      isDryRun: true,
      values: { item: 'backup-age' },
    });
    await createAction().handler(ctx);
    expect(server.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      `GET ${BASE}/systems/servanda/decisions/d-1`,
    ]);
    expect(outputs().status).toBe('dry-run');
    expect(logger.lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'items to waive: restore-test (unknown)); nothing is written',
        ),
        'warn: Dry run: backup-age does not need a waiver; the items that do: restore-test',
      ]),
    );
  });

  it("fails with the backend's reason on 403 and names the blocking items on 400", async () => {
    server.handle((_req, res) =>
      backstageError(
        res,
        403,
        'NotAllowedError',
        "user:default/lena.kraus is not accountable for 'Go/no-go decision' in prod",
      ),
    );
    await expect(createAction().handler(contextOf().ctx)).rejects.toThrow(
      "403: user:default/lena.kraus is not accountable for 'Go/no-go decision' in prod",
    );
    server.handle((_req, res) =>
      backstageError(
        res,
        400,
        'InputError',
        "Invalid body field 'item': backup-age needs no waiver; blocking: restore-test",
      ),
    );
    const bad = createAction().handler(
      contextOf({ values: { item: 'backup-age' } }).ctx,
    );
    await expect(bad).rejects.toThrow(
      "400: Invalid body field 'item': backup-age needs no waiver; blocking: restore-test",
    );
    await expect(bad).rejects.toMatchObject({ name: 'InputError' });
  });
});
