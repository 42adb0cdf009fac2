import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  DecisionResponse,
  ReadinessEvaluation,
  releaseReadinessDecisionRequestPermission,
} from '@release-readiness/plugin-release-readiness-common';
import request from 'supertest';
import { permissionsFollowing } from '../backups/__testUtils__/permissionsFollowing';
import { GUEST, JONAS, LENA, MARA } from './__testUtils__/decisionPeople';
import { startDecisionsBackend } from './__testUtils__/startDecisionsBackend';

/**
 * `POST /decisions` through the real plugin: who may request, the evidence pinned at request
 * time, idempotency per request id, one open decision per environment and version, and bodies
 * that are refused with the field they got wrong.
 */

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;

describe('requesting a go/no-go decision', () => {
  it('records the Release Captain’s request with the readiness of prod as evidence, expiring after 24 h', async () => {
    const { server, api, events } = await startDecisionsBackend();
    const readiness = await request(server)
      .get('/api/release-readiness/environments/prod/readiness')
      .set('Authorization', mockCredentials.user.header(GUEST));
    expect(readiness.status).toBe(200);
    const before = Date.now();
    const res = await api.request(LENA, { version: '1.4.2', risk: 'high' });
    const after = Date.now();

    expect(res.status).toBe(201);
    const { decision, state }: DecisionResponse = res.body;
    const board: ReadinessEvaluation = readiness.body;
    expect(decision).toMatchObject({
      system: 'default',
      environment: 'prod',
      version: '1.4.2',
      risk: 'high',
      requester: LENA,
      votes: [],
      waivers: [],
    });
    expect(decision.outcome).toBeUndefined();
    const requestedAt = Date.parse(decision.requestedAt);
    expect(requestedAt).toBeGreaterThanOrEqual(before);
    expect(requestedAt).toBeLessThanOrEqual(after);
    expect(Date.parse(decision.expiresAt) - requestedAt).toBe(DAY);

    // The evidence is the readiness evaluation of prod, every item with its source and when it
    // was read (the same cached read the board answered just before).
    expect(decision.evidence.verdict).toBe(board.verdict);
    expect(decision.evidence.verdict).toBe('ready');
    const pinned = (items: ReadinessEvaluation['items']) =>
      items.map(i => [i.id, i.status, i.source.name, i.source.fetchedAt]);
    expect(pinned(decision.evidence.items)).toEqual(pinned(board.items));
    expect(decision.evidence.items).toEqual([
      expect.objectContaining({
        id: 'release',
        status: 'pass',
        source: expect.objectContaining({
          name: 'config',
          status: 'ok',
          fetchedAt: expect.any(String),
        }),
      }),
    ]);
    expect(state.status).toBe('open');
    expect(events).toEqual([
      expect.objectContaining({
        eventId: 'decision-request',
        outcome: 'success',
        successMeta: expect.objectContaining({
          decisionId: decision.id,
          environment: 'prod',
          version: '1.4.2',
          created: true,
        }),
      }),
    ]);
  });

  it('answers a retried request id with the first decision (200), and a reused one with other content with 409', async () => {
    const { api } = await startDecisionsBackend();
    const body = { requestId: 'request-0001', risk: 'normal' };
    const first = await api.request(LENA, body);
    expect(first.status).toBe(201);
    const again = await api.request(LENA, body);
    expect(again.status).toBe(200);
    expect(again.body.decision.id).toBe(first.body.decision.id);

    for (const changed of [
      { ...body, version: '1.4.3' },
      { ...body, risk: 'high' },
      { ...body, reason: 'Another reason for the same id' },
    ]) {
      const reused = await api.request(LENA, changed);
      expect(reused.status).toBe(409);
      expect(reused.body.error.message).toContain("'requestId'");
    }
    const list = await api.decisions(LENA);
    expect(list.map(i => i.decision.id)).toEqual([first.body.decision.id]);
  });

  it('refuses a second request for the same environment and version while one is open, naming it', async () => {
    const { api } = await startDecisionsBackend();
    const first = await api.request(LENA);
    expect(first.status).toBe(201);
    const id = first.body.decision.id;
    const second = await api.request(JONAS);
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain(`Decision ${id}`);
    expect(second.body.error.message).toContain('open');
    // Another version is another decision.
    const other = await api.request(JONAS, { version: '1.4.3' });
    expect(other.status).toBe(201);
    const list = await api.decisions(LENA);
    expect(list.map(i => i.decision.version)).toEqual(['1.4.3', '1.4.2']);
  });

  it.each([
    [
      GUEST,
      "user:development/guest is not responsible or accountable for 'Go/no-go decision' in prod; only Release Captain or Product Owner may request a go/no-go decision in prod",
    ],
    [
      MARA,
      "user:default/mara.schulz is not responsible or accountable for 'Go/no-go decision' in prod; only Release Captain or Product Owner may request a go/no-go decision in prod",
    ],
  ])(
    'refuses %s (not a requester by the RACI) with 403 and the reason, and writes nothing',
    async (user, reason) => {
      const { api, events, notifications, signals } =
        await startDecisionsBackend();
      const res = await api.request(user);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(reason);
      expect(await api.decisions(LENA)).toEqual([]);
      expect(events).toEqual([
        expect.objectContaining({
          eventId: 'decision-request',
          outcome: 'fail',
          error: expect.objectContaining({ name: 'NotAllowedError' }),
        }),
      ]);
      expect(notifications).toEqual([]);
      expect(signals).toEqual([]);
    },
  );

  it('follows a permission policy that denies requests, naming the permission', async () => {
    const { api, events } = await startDecisionsBackend({
      features: [
        permissionsFollowing({
          async handle({ permission }) {
            return isPermission(
              permission,
              releaseReadinessDecisionRequestPermission,
            )
              ? { result: AuthorizeResult.DENY }
              : { result: AuthorizeResult.ALLOW };
          },
        }),
      ],
    });
    const res = await api.request(LENA);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'The permission policy does not allow you to request go/no-go decisions (release-readiness.decision.request)',
    );
    expect(await api.decisions(LENA)).toEqual([]);
    expect(events.map(e => [e.eventId, e.outcome])).toEqual([
      ['decision-request', 'fail'],
    ]);
  });

  it.each([
    ['a version with spaces', { version: '1.4.2 final' }, 'version'],
    ['a reason of two characters', { reason: 'ok' }, 'reason'],
    ['an unknown field', { approvedBy: LENA }, 'approvedBy'],
    ['a request id of five characters', { requestId: 'short' }, 'requestId'],
    ['an environment that is no name', { environment: 'Prod!' }, 'environment'],
    [
      'a planned time after the expiry',
      { plannedAt: new Date(Date.now() + 2 * DAY).toISOString() },
      'plannedAt',
    ],
    ['a planned time that is no time', { plannedAt: 'tomorrow' }, 'plannedAt'],
    ['an unknown risk', { risk: 'extreme' }, 'risk'],
  ])('refuses %s with 400 naming the field', async (_label, body, field) => {
    const { api, events } = await startDecisionsBackend();
    const res = await api.request(LENA, body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(`Invalid body field '${field}'`);
    expect(await api.decisions(LENA)).toEqual([]);
    expect(events.map(e => [e.eventId, e.outcome])).toEqual([
      ['decision-request', 'fail'],
    ]);
  });

  it('answers 404 naming the environments for an environment that is not configured', async () => {
    const { api } = await startDecisionsBackend();
    const res = await api.request(LENA, { environment: 'staging' });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('prod');
  });
});
