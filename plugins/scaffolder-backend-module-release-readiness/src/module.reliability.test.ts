import { mockCredentials } from '@backstage/backend-test-utils';
import { exampleTemplate } from './__testUtils__/servandaCatalog';
import { expectNoneLeaked } from './__testUtils__/expectNoneLeaked';
import { startGoNoGoBackend } from './__testUtils__/startGoNoGoBackend';
import { thenFailOnce } from './__testUtils__/thenFailOnce';

/**
 * Reliability of the go/no-go templates through the real scaffolder backend and the real
 * release-readiness backend plugin: exactly once under retry, dry runs that write nothing, and
 * no secret or token in anything a task or a decision keeps.
 */

jest.setTimeout(90_000);

const LENA = 'user:default/lena.kraus'; // Release Captain: Responsible for go/no-go
const JONAS = 'user:default/jonas.weber'; // Product Owner: Accountable

const requestTemplate = exampleTemplate('go-no-go-request.yaml');
const voteTemplate = exampleTemplate('go-no-go-vote.yaml');

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
  it('write the decision exactly once when a later step fails and the task is retried', async () => {
    const failOnce = thenFailOnce(
      requestTemplate,
      'go-no-go-request-then-fail',
      'The step after the request failed once',
    );
    const backend = await startGoNoGoBackend({
      templates: [failOnce.template],
      features: [failOnce.feature],
    });

    const first = await backend.run(
      LENA,
      'go-no-go-request-then-fail',
      requestValues,
    );
    expect(first.status).toBe('failed');
    const [written] = await backend.decisions(LENA);
    expect(written).toBeDefined();

    const retry = await backend.call(
      LENA,
      'POST',
      `/scaffolder/v2/tasks/${first.id}/retry`,
      {},
    );
    expect(retry.status).toBe(201);
    const second = await backend.waitFor(LENA, first.id);
    expect(second.status).toBe('completed');
    expect(failOnce.calls()).toBe(2);

    const decisions = await backend.decisions(LENA);
    expect(decisions.map(d => d.decision.id)).toEqual([written.decision.id]);
    // The checkpoint was reused: the backend saw one request, not a second (idempotent) one.
    expect(
      backend.audit.filter(e => e.eventId === 'decision-request'),
    ).toHaveLength(1);
    expect(second.output).toMatchObject({
      links: [{ url: meetingView(written.decision.id) }],
    });
    expect(second.messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          `Decision ${written.decision.id} was requested in an earlier run of this step; nothing new is written`,
        ),
      ]),
    );
  });

  it('in a dry run check the environment and write nothing', async () => {
    const backend = await startGoNoGoBackend({ templates: [] });
    const res = await backend.call(LENA, 'POST', '/scaffolder/v2/dry-run', {
      template: requestTemplate,
      values: requestValues,
      secrets: {},
      directoryContents: [],
    });
    expect(res.status).toBe(200);
    expect(res.json.output.links).toEqual([
      {
        title: 'Open the go/no-go meeting view',
        url: meetingView('dry-run'),
      },
    ]);
    const messages: string[] = res.json.log.map(
      (l: { body: { message: string } }) => l.body.message,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'Dry run: would request a go/no-go decision for servanda/prod 1.4.2 (Production)',
        ),
      ]),
    );
    expect(await backend.decisions(LENA)).toEqual([]);
    expect(
      backend.audit.filter(e => e.eventId.startsWith('decision-')),
    ).toEqual([]);

    const unknown = await backend.call(LENA, 'POST', '/scaffolder/v2/dry-run', {
      template: requestTemplate,
      values: {
        ...requestValues,
        environment: { system: 'servanda', environment: 'prdo' },
      },
      secrets: {},
      directoryContents: [],
    });
    expect(JSON.stringify(unknown.json)).toContain('404: ');
    expect(await backend.decisions(LENA)).toEqual([]);
  });

  it('never let a secret or a token reach task events, outputs, decision records or audit events', async () => {
    const TASK_SECRET = 'canary-task-secret-Qx93Lm';
    const CONFIG_SECRET = 'canary-config-secret-Vb27Kp';
    const backend = await startGoNoGoBackend({
      templates: [requestTemplate, voteTemplate],
      config: {
        scaffolder: {
          defaultEnvironment: { secrets: { deployToken: CONFIG_SECRET } },
        },
      },
    });
    const request = await backend.run(LENA, 'go-no-go-request', requestValues, {
      apiToken: TASK_SECRET,
    });
    expect(request.status).toBe('completed');
    const [{ decision }] = await backend.decisions(LENA);
    const vote = await backend.run(
      JONAS,
      'go-no-go-vote',
      voteValues(decision.id, 'Export reviewed with the customer'),
      { apiToken: TASK_SECRET },
    );
    expect(vote.status).toBe('completed');

    const exported = await backend.call(
      LENA,
      'GET',
      `/release-readiness/systems/servanda/decisions/${decision.id}/export`,
    );
    expect(exported.status).toBe(200);
    const haystacks = {
      requestTask: request.task,
      requestEvents: JSON.stringify(request.events),
      voteTask: vote.task,
      voteEvents: JSON.stringify(vote.events),
      decisions: JSON.stringify(await backend.decisions(LENA)),
      decision: JSON.stringify(await backend.decision(LENA, decision.id)),
      exported: exported.text,
      audit: JSON.stringify(backend.audit),
    };
    const needles = [
      TASK_SECRET,
      CONFIG_SECRET,
      mockCredentials.user.token(LENA),
      mockCredentials.user.token(JONAS),
      'mock-service-token',
    ];
    expectNoneLeaked(haystacks, needles);
    // The haystacks are the real ones: they hold the decision and the task's log.
    expect(haystacks.exported).toContain(decision.id);
    expect(haystacks.requestEvents).toContain('Requesting a go/no-go decision');
  });
});
