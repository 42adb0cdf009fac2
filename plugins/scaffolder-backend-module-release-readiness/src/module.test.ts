import {
  exampleTemplate,
  SERVANDA_CONFIG,
} from './__testUtils__/servandaCatalog';
import { startGoNoGoBackend } from './__testUtils__/startGoNoGoBackend';

/**
 * The example templates (`examples/templates`) run by the real scaffolder backend with this
 * module, against the real release-readiness backend plugin and its decision store, as the
 * people of a small Servanda RACI.
 */

jest.setTimeout(90_000);

const LENA = 'user:default/lena.kraus'; // Release Captain: Responsible for go/no-go
const JONAS = 'user:default/jonas.weber'; // Product Owner: Accountable
const GUEST = 'user:development/guest'; // no role at all

const requestTemplate = exampleTemplate('go-no-go-request.yaml');
const voteTemplate = exampleTemplate('go-no-go-vote.yaml');
const waiveTemplate = exampleTemplate('go-no-go-waive.yaml');

const requestValues = {
  environment: { system: 'servanda', environment: 'prod' },
  release: { version: '1.4.2' },
  risk: 'normal',
  reason: 'Quarterly release with the new export',
};

const voteValues = (decisionId: string, reason: string) => ({
  decision: { system: 'servanda', decisionId },
  vote: 'go',
  reason,
});

const meetingView = (id: string) =>
  `http://portal.test/release-readiness/systems/servanda/decisions/${id}`;

describe('the go/no-go templates', () => {
  it('let the release captain request a decision and the product owner and the release captain vote it go', async () => {
    const backend = await startGoNoGoBackend({
      templates: [requestTemplate, voteTemplate],
    });

    const request = await backend.run(LENA, 'go-no-go-request', requestValues);
    expect(request.status).toBe('completed');
    const decisions = await backend.decisions(JONAS);
    expect(decisions).toHaveLength(1);
    const [{ decision, state }] = decisions;
    expect(decision).toMatchObject({
      system: 'servanda',
      environment: 'prod',
      version: '1.4.2',
      risk: 'normal',
      requester: LENA,
      reason: 'Quarterly release with the new export',
    });
    expect(state.status).toBe('open');
    expect(request.output).toMatchObject({
      links: [
        {
          title: 'Open the go/no-go meeting view',
          url: meetingView(decision.id),
        },
      ],
    });
    expect(request.messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'Requesting a go/no-go decision for servanda/prod 1.4.2',
        ),
        expect.stringContaining(
          `Decision ${decision.id} for prod 1.4.2 (evidence verdict ${decision.evidence.verdict}) is open`,
        ),
      ]),
    );

    const jonas = await backend.run(
      JONAS,
      'go-no-go-vote',
      voteValues(decision.id, 'Export reviewed with the customer'),
    );
    expect(jonas.status).toBe('completed');
    expect(jonas.output).toMatchObject({
      links: [{ url: meetingView(decision.id) }],
    });
    expect((await backend.decision(LENA, decision.id)).state.status).toBe(
      'open',
    );

    const lena = await backend.run(
      LENA,
      'go-no-go-vote',
      voteValues(decision.id, 'Rollback plan in place'),
    );
    expect(lena.status).toBe('completed');
    expect(lena.messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`Decision ${decision.id} after the vote: go`),
      ]),
    );
    const final = await backend.decision(JONAS, decision.id);
    expect(final.state.status).toBe('go');
    expect(final.decision.votes.map(v => [v.voter, v.vote])).toEqual([
      [JONAS, 'go'],
      [LENA, 'go'],
    ]);
  });

  it('let the product owner waive a failed readiness item of the evidence', async () => {
    const failing = structuredClone(SERVANDA_CONFIG);
    failing.systems.servanda.environments.prod.gates.config.checks.lint =
      'failed';
    const backend = await startGoNoGoBackend({
      templates: [requestTemplate, waiveTemplate],
      config: { releaseReadiness: failing },
    });
    const request = await backend.run(LENA, 'go-no-go-request', requestValues);
    expect(request.status).toBe('completed');
    const [{ decision, state }] = await backend.decisions(LENA);
    expect(decision.evidence.verdict).toBe('blocked');
    expect(state.blocking.map(b => [b.item, b.waiver])).toEqual([
      ['release', undefined],
    ]);

    const waive = await backend.run(JONAS, 'go-no-go-waive', {
      decision: { system: 'servanda', decisionId: decision.id },
      item: 'release',
      reason: 'Lint failure is a false positive, ticket QA-77',
    });
    expect(waive.status).toBe('completed');
    expect(waive.output).toMatchObject({
      links: [{ url: meetingView(decision.id) }],
    });
    const after = await backend.decision(LENA, decision.id);
    expect(after.decision.waivers).toEqual([
      expect.objectContaining({
        item: 'release',
        by: JONAS,
        reason: 'Lint failure is a false positive, ticket QA-77',
        until: decision.expiresAt,
      }),
    ]);
    expect(after.state.blocking[0].waiver).toBeDefined();
  });

  it("fail for a guest with the RACI's reason and write nothing", async () => {
    const backend = await startGoNoGoBackend({ templates: [requestTemplate] });
    const guest = await backend.run(GUEST, 'go-no-go-request', requestValues);
    expect(guest.status).toBe('failed');
    const completion = guest.events.find(e => e.type === 'completion');
    expect(completion?.body.error?.name).toBe('NotAllowedError');
    expect(completion?.body.error?.message).toMatch(
      /^403: user:development\/guest is not .*'Go\/no-go decision' in prod/,
    );
    expect(await backend.decisions(LENA)).toEqual([]);
    expect(backend.audit.filter(e => e.eventId === 'decision-request')).toEqual(
      [expect.objectContaining({ outcome: 'fail' })],
    );
  });
});
