import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  DecisionResponse,
  releaseReadinessDecisionVotePermission,
} from '@release-readiness/plugin-release-readiness-common';
import { permissionsFollowing } from '../backups/__testUtils__/permissionsFollowing';
import {
  DENIZ,
  GUEST,
  JONAS,
  LENA,
  MARA,
  SERVANDA_PROD_DECISIONS,
  SVEN,
} from './__testUtils__/decisionPeople';
import { startDecisionsBackend } from './__testUtils__/startDecisionsBackend';

/**
 * Votes through the real plugin: the quorum of the default policy (Release Captain and Product
 * Owner), four-eyes, the Servanda prod rule with the Tech Lead, no-go wins, one vote per person,
 * idempotent retries, and who may not vote.
 */

jest.setTimeout(60_000);

const RELEASE_CAPTAIN_ONLY = {
  approvals: {
    'release-captain': {
      title: 'Release Captain',
      activity: 'go-no-go',
      as: ['responsible'],
    },
  },
};

type Backend = Awaited<ReturnType<typeof startDecisionsBackend>>;

/** Requests prod 1.4.2 as `requester`; the decision's id. */
async function requested(backend: Backend, requester = LENA) {
  const res = await backend.api.request(requester);
  expect(res.status).toBe(201);
  const body: DecisionResponse = res.body;
  return body.decision.id;
}

/** Votes and expects the status code; the decision after the vote. */
async function voted(
  backend: Backend,
  user: string,
  id: string,
  vote: 'go' | 'no-go',
  status = 201,
) {
  const res = await backend.api.vote(user, id, vote);
  expect({ status: res.status, body: res.body }).toMatchObject({ status });
  const body: DecisionResponse = res.body;
  return body;
}

describe('voting on a go/no-go decision', () => {
  it('is go with the Product Owner’s and the requesting Release Captain’s go (two people), recorded once', async () => {
    const backend = await startDecisionsBackend();
    const id = await requested(backend);
    const afterJonas = await voted(backend, JONAS, id, 'go');
    expect(afterJonas.state.status).toBe('open');
    expect(afterJonas.state.reason).toBe(
      'Waiting for Release Captain (Lena Kraus)',
    );
    const afterLena = await voted(backend, LENA, id, 'go');
    expect(afterLena.state.status).toBe('go');
    expect(afterLena.state.approvals).toEqual([
      expect.objectContaining({ id: 'release-captain', filledBy: LENA }),
      expect.objectContaining({ id: 'product-owner', filledBy: JONAS }),
    ]);
    expect(afterLena.decision.votes.map(v => [v.voter, v.vote])).toEqual([
      [JONAS, 'go'],
      [LENA, 'go'],
    ]);

    for (let i = 0; i < 3; i++) {
      const res = await backend.api.decision(GUEST, id);
      expect(res.status).toBe(200);
      expect(res.body.decision.outcome).toMatchObject({ status: 'go' });
    }
    const outcomes = backend.notifications.filter(n =>
      n.payload.title.endsWith(': GO'),
    );
    expect(outcomes).toHaveLength(1);
    const [listed] = await backend.api.decisions(GUEST, '?status=go');
    expect(listed.decision.id).toBe(id);
  });

  it('stays open with the requester’s go alone', async () => {
    const backend = await startDecisionsBackend();
    const id = await requested(backend);
    const after = await voted(backend, LENA, id, 'go');
    expect(after.state.status).toBe('open');
    expect(after.state.reason).toBe('Waiting for Product Owner (Jonas Weber)');
    expect(after.decision.outcome).toBeUndefined();
  });

  it('does not let the requester’s own go fill the only approval (four-eyes); the same go on the Product Owner’s request does', async () => {
    const backend = await startDecisionsBackend({
      decisions: RELEASE_CAPTAIN_ONLY,
    });
    const own = await requested(backend, LENA);
    const afterOwn = await voted(backend, LENA, own, 'go');
    expect(afterOwn.state.status).toBe('open');
    expect(afterOwn.decision.outcome).toBeUndefined();

    const other = await backend.api.request(JONAS, { version: '1.4.3' });
    expect(other.status).toBe(201);
    const afterOther = await voted(backend, LENA, other.body.decision.id, 'go');
    expect(afterOther.state.status).toBe('go');
    expect(afterOther.state.approvals).toEqual([
      expect.objectContaining({ id: 'release-captain', filledBy: LENA }),
    ]);
  });

  it('needs the Release Captain, the Product Owner and the Tech Lead under the Servanda prod rule', async () => {
    const backend = await startDecisionsBackend({
      decisions: SERVANDA_PROD_DECISIONS,
    });
    const id = await requested(backend);
    expect((await voted(backend, JONAS, id, 'go')).state.status).toBe('open');
    const two = await voted(backend, LENA, id, 'go');
    expect(two.state.status).toBe('open');
    expect(two.state.reason).toContain('Tech Lead');
    const three = await voted(backend, DENIZ, id, 'go');
    expect(three.state.status).toBe('go');
    expect(three.state.approvals.map(a => [a.id, a.filledBy])).toEqual([
      ['release-captain', LENA],
      ['product-owner', JONAS],
      ['tech-lead', DENIZ],
    ]);
  });

  it('decides no-go on the On-Call’s no-go (Consulted) and takes no more votes', async () => {
    const backend = await startDecisionsBackend();
    const id = await requested(backend);
    await voted(backend, JONAS, id, 'go');
    const noGo = await voted(backend, MARA, id, 'no-go');
    expect(noGo.state.status).toBe('no-go');
    expect(noGo.state.reason).toBe(`No-go by Mara Schulz: no-go from ${MARA}`);
    expect(noGo.decision.outcome).toMatchObject({ status: 'no-go' });
    const late = await backend.api.vote(LENA, id, 'go');
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain(
      'The decision is no-go, so it takes no more votes',
    );
    const after = await backend.api.decision(LENA, id);
    expect(after.body.state.status).toBe('no-go');
    expect(after.body.decision.votes).toHaveLength(2);
    // The outcome reaches the Informed and the requester once.
    expect(
      backend.notifications.filter(n => n.payload.title.endsWith('NO-GO')),
    ).toHaveLength(1);
  });

  it('refuses a second vote of the same person with 409, and answers a retried vote with the first (200)', async () => {
    const backend = await startDecisionsBackend();
    const id = await requested(backend);
    const body = { requestId: 'vote-jonas-0001', reason: 'Looks good to me' };
    const first = await backend.api.vote(JONAS, id, 'go', body);
    expect(first.status).toBe(201);
    const retried = await backend.api.vote(JONAS, id, 'go', body);
    expect(retried.status).toBe(200);
    expect(retried.body.decision.votes).toHaveLength(1);
    const changedMind = await backend.api.vote(JONAS, id, 'no-go');
    expect(changedMind.status).toBe(409);
    expect(changedMind.body.error.message).toContain(
      `${JONAS} already voted go`,
    );
    const reusedId = await backend.api.vote(JONAS, id, 'no-go', {
      requestId: body.requestId,
    });
    expect(reusedId.status).toBe(409);
    expect(reusedId.body.error.message).toContain("'requestId'");
    const after = await backend.api.decision(JONAS, id);
    expect(after.body.decision.votes).toEqual([
      expect.objectContaining({
        voter: JONAS,
        vote: 'go',
        reason: 'Looks good to me',
      }),
    ]);
    expect(
      backend.events
        .filter(e => e.eventId === 'decision-vote')
        .map(e => e.outcome),
    ).toEqual(['success', 'success', 'fail', 'fail']);
  });

  it.each([SVEN, GUEST])(
    'refuses %s (no voter) with 403 and the reason',
    async user => {
      const backend = await startDecisionsBackend();
      const id = await requested(backend);
      const res = await backend.api.vote(user, id, 'no-go');
      expect(res.status).toBe(403);
      // The RACI half says who the user is not, then who may vote (by role title).
      expect(res.body.error.message).toContain(`${user} is not responsible`);
      expect(res.body.error.message).toContain(
        "consulted for 'Go/no-go decision' in prod; only Release Captain, Product Owner or On-Call may vote on this decision",
      );
      const after = await backend.api.decision(LENA, id);
      expect(after.body.decision.votes).toEqual([]);
      expect(after.body.state.status).toBe('open');
      expect(backend.events.map(e => [e.eventId, e.outcome])).toEqual([
        ['decision-request', 'success'],
        ['decision-vote', 'fail'],
      ]);
    },
  );

  it('follows a permission policy that denies votes, naming the permission', async () => {
    const backend = await startDecisionsBackend({
      features: [
        permissionsFollowing({
          async handle({ permission }) {
            return {
              result: isPermission(
                permission,
                releaseReadinessDecisionVotePermission,
              )
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
            };
          },
        }),
      ],
    });
    const id = await requested(backend);
    const res = await backend.api.vote(JONAS, id, 'go');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'The permission policy does not allow you to vote on go/no-go decisions (release-readiness.decision.vote)',
    );
    expect((await backend.api.decision(JONAS, id)).body.decision.votes).toEqual(
      [],
    );
  });

  it('refuses a vote that is neither go nor no-go (400) and one on an unknown decision (404)', async () => {
    const backend = await startDecisionsBackend();
    const id = await requested(backend);
    const maybe = await backend.api.post(JONAS, `/decisions/${id}/votes`, {
      vote: 'maybe',
      reason: 'Not sure yet',
      requestId: 'vote-maybe-0001',
    });
    expect(maybe.status).toBe(400);
    expect(maybe.body.error.message).toContain("Invalid body field 'vote'");
    const unknown = await backend.api.vote(JONAS, 'no-such-decision', 'go');
    expect(unknown.status).toBe(404);
  });
});
