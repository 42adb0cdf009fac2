import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  DecisionResponse,
  releaseReadinessDecisionWaivePermission,
} from '@release-readiness/plugin-release-readiness-common';
import { permissionsFollowing } from '../backups/__testUtils__/permissionsFollowing';
import { JONAS, LENA } from './__testUtils__/decisionPeople';
import { startDecisionsBackend } from './__testUtils__/startDecisionsBackend';

/**
 * Waivers through the real plugin: a decision on blocked evidence (prod's release gate fails,
 * its incident check cannot be judged) becomes go only when the Accountable waived every
 * blocking item, with a reason and an `until` within the decision's life.
 */

jest.setTimeout(60_000);

const HOUR = 60 * 60 * 1000;

/** Prod with a failing lint check and an incident precondition that no source can answer. */
const BLOCKED = {
  checks: { lint: 'failed' as const },
  preconditions: {
    incidents: { type: 'incident-free', severities: ['P1', 'P2'] },
  },
};

type Backend = Awaited<ReturnType<typeof startDecisionsBackend>>;

async function blockedDecision(backend: Backend) {
  const res = await backend.api.request(LENA);
  expect(res.status).toBe(201);
  const body: DecisionResponse = res.body;
  return body;
}

describe('waiving blocking items of a go/no-go decision', () => {
  it('is go only after the Product Owner waived the failing and the unknown item', async () => {
    const backend = await startDecisionsBackend(BLOCKED);
    const requested = await blockedDecision(backend);
    const id = requested.decision.id;
    expect(requested.decision.evidence.verdict).toBe('blocked');
    expect(
      requested.state.blocking.map(b => [b.item, b.status, b.waiver]),
    ).toEqual([
      ['release', 'fail', undefined],
      ['incidents', 'unknown', undefined],
    ]);
    expect(requested.you?.waive.allowed).toBe(false);

    expect((await backend.api.vote(JONAS, id, 'go')).status).toBe(201);
    const voted = await backend.api.vote(LENA, id, 'go');
    expect(voted.status).toBe(201);
    expect(voted.body.state.status).toBe('open');
    expect(voted.body.state.reason).toContain('release');

    const first = await backend.api.waive(JONAS, id, 'release', {
      reason: 'Lint rule changed after the freeze; checked by hand',
    });
    expect(first.status).toBe(201);
    expect(first.body.state.status).toBe('open');
    const second = await backend.api.waive(JONAS, id, 'incidents');
    expect(second.status).toBe(201);
    const after: DecisionResponse = second.body;
    expect(after.state.status).toBe('go');
    expect(after.state.reason).toContain('waived: release, incidents');
    expect(after.decision.outcome).toMatchObject({ status: 'go' });
    expect(after.decision.waivers).toEqual([
      expect.objectContaining({
        item: 'release',
        by: JONAS,
        reason: 'Lint rule changed after the freeze; checked by hand',
        // without an `until`, a waiver lasts as long as the decision
        until: after.decision.expiresAt,
      }),
      expect.objectContaining({ item: 'incidents', by: JONAS }),
    ]);
    expect(
      backend.events
        .filter(e => e.eventId === 'decision-waive')
        .map(e => e.outcome),
    ).toEqual(['success', 'success']);
  });

  it('refuses the Release Captain’s waiver with 403 and the reason', async () => {
    const backend = await startDecisionsBackend(BLOCKED);
    const { decision } = await blockedDecision(backend);
    const res = await backend.api.waive(LENA, decision.id, 'release');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(`${LENA} is not accountable`);
    expect(res.body.error.message).toContain(
      'only Product Owner may waive readiness items',
    );
    const after = await backend.api.decision(LENA, decision.id);
    expect(after.body.decision.waivers).toEqual([]);
    expect(backend.events.map(e => [e.eventId, e.outcome])).toEqual([
      ['decision-request', 'success'],
      ['decision-waive', 'fail'],
    ]);
  });

  it('refuses an item that needs no waiver, naming the ones that do', async () => {
    const backend = await startDecisionsBackend(BLOCKED);
    const { decision } = await blockedDecision(backend);
    const res = await backend.api.waive(JONAS, decision.id, 'staging');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      "Invalid body field 'item': 'staging' needs no waiver; the items that do: release, incidents",
    );
  });

  it('refuses an `until` after the expiry or in the past with 400 naming it', async () => {
    const backend = await startDecisionsBackend(BLOCKED);
    const { decision } = await blockedDecision(backend);
    const expiry = Date.parse(decision.expiresAt);
    for (const until of [expiry + HOUR, Date.now() - HOUR]) {
      const res = await backend.api.waive(JONAS, decision.id, 'release', {
        until: new Date(until).toISOString(),
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain("Invalid body field 'until'");
    }
    const within = await backend.api.waive(JONAS, decision.id, 'release', {
      until: new Date(expiry - HOUR).toISOString(),
    });
    expect(within.status).toBe(201);
    expect(Date.parse(within.body.decision.waivers[0].until)).toBe(
      expiry - HOUR,
    );
  });

  it('waives an item once: a retry answers 200, the same request id with another until 409, a second waiver 409', async () => {
    const backend = await startDecisionsBackend(BLOCKED);
    const { decision } = await blockedDecision(backend);
    const until = new Date(Date.parse(decision.expiresAt) - HOUR).toISOString();
    const body = { requestId: 'waiver-release-0001', until };
    const first = await backend.api.waive(JONAS, decision.id, 'release', body);
    expect(first.status).toBe(201);
    const retried = await backend.api.waive(
      JONAS,
      decision.id,
      'release',
      body,
    );
    expect(retried.status).toBe(200);
    const otherUntil = await backend.api.waive(JONAS, decision.id, 'release', {
      ...body,
      until: decision.expiresAt,
    });
    expect(otherUntil.status).toBe(409);
    expect(otherUntil.body.error.message).toContain("'requestId'");
    const again = await backend.api.waive(JONAS, decision.id, 'release');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain("'release' was already waived");
    const after = await backend.api.decision(JONAS, decision.id);
    expect(after.body.decision.waivers).toHaveLength(1);
  });

  it('follows a permission policy that denies waivers, naming the permission', async () => {
    const backend = await startDecisionsBackend({
      ...BLOCKED,
      features: [
        permissionsFollowing({
          async handle({ permission }) {
            return {
              result: isPermission(
                permission,
                releaseReadinessDecisionWaivePermission,
              )
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
            };
          },
        }),
      ],
    });
    const { decision } = await blockedDecision(backend);
    const res = await backend.api.waive(JONAS, decision.id, 'release');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'The permission policy does not allow you to waive readiness items of go/no-go decisions (release-readiness.decision.waive)',
    );
  });
});
