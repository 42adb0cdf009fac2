import { ApiAnswer, callApi } from './callApi';
import { concurrently } from './concurrently';
import { countRows } from './countRows';

/** A signed-in user: their entity ref and token. */
export type TestUser = { ref: string; token: string };

const statusCounts = (answers: readonly ApiAnswer[]) =>
  answers.reduce<Record<string, number>>((counts, { status }) => {
    counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }, {});

const idOf = (body: unknown, key?: string): unknown => {
  const record = body as Record<string, { id?: unknown } | undefined> & {
    id?: unknown;
  };
  return key ? record?.[key]?.id : record?.id;
};

/**
 * Writes sent through both replicas at once (the replicas alternate per call): a manual gate
 * result and a decision request, each 8 times with one requestId; a vote 8 times with one
 * requestId; and one user's vote with 10 different requestIds. Each must be written exactly once,
 * checked through the API (every answer names the same record) and in PostgreSQL.
 */
export async function checkIdempotentWrites(options: {
  urls: readonly [string, string];
  postgresUrl: string;
  runId: string;
  captain: TestUser;
  owner: TestUser;
  onCall: TestUser;
}): Promise<{ failures: string[]; summary: Record<string, unknown> }> {
  const { urls, postgresUrl, runId, captain, owner, onCall } = options;
  const failures: string[] = [];
  const summary: Record<string, unknown> = {};
  const via = (i: number) => urls[i % 2];
  const expect = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
  };

  // 1. A manual gate result, one requestId, 8 times through both replicas.
  const gateRequestId = `gate-${runId}`;
  const gate = await concurrently(8, i =>
    callApi(
      via(i),
      captain.token,
      '/environments/prod/gates/staging/checks/smoke-tests',
      {
        method: 'POST',
        body: {
          state: 'passed',
          reason: 'Smoke tests green (replica test)',
          requestId: gateRequestId,
        },
      },
    ),
  );
  summary.gateStatuses = statusCounts(gate);
  expect(
    gate.every(a => a.status === 200 || a.status === 201),
    `gate writes answered ${JSON.stringify(summary.gateStatuses)}`,
  );
  expect(
    new Set(gate.map(a => idOf(a.body))).size === 1,
    'gate writes named different records',
  );
  const gateRows = await countRows(
    postgresUrl,
    'release_readiness_manual_gate_results',
    `request_id = '${gateRequestId}'`,
  );
  summary.gateRows = gateRows;
  expect(gateRows === 1, `manual gate result written ${gateRows} times`);
  for (const url of urls) {
    const history = await callApi(
      url,
      captain.token,
      '/environments/prod/gates/staging/checks?limit=100',
    );
    const items =
      (history.body as { items?: Array<{ id?: unknown }> }).items ?? [];
    const seen = items.filter(item => item.id === idOf(gate[0].body)).length;
    expect(seen === 1, `${url} lists the gate result ${seen} times`);
  }

  // 2. A decision request, one requestId, 8 times through both replicas.
  const decisionRequestId = `decision-${runId}`;
  const requests = await concurrently(8, i =>
    callApi(via(i), captain.token, '/decisions', {
      method: 'POST',
      body: {
        environment: 'prod',
        version: '1.4.0',
        reason: 'Go-live of 1.4.0 (replica test)',
        requestId: decisionRequestId,
      },
    }),
  );
  summary.decisionStatuses = statusCounts(requests);
  expect(
    requests.every(a => a.status === 200 || a.status === 201),
    `decision requests answered ${JSON.stringify(summary.decisionStatuses)}`,
  );
  const decisionIds = new Set(requests.map(a => idOf(a.body, 'decision')));
  expect(
    decisionIds.size === 1,
    `decision requests named ${decisionIds.size} decisions`,
  );
  const decisionId = String([...decisionIds][0]);
  const requestRows = await countRows(
    postgresUrl,
    'release_readiness_decision_events',
    `type = 'request' AND request_id = '${decisionRequestId}'`,
  );
  summary.decisionRequestRows = requestRows;
  expect(requestRows === 1, `decision request written ${requestRows} times`);

  // 3. The product owner's vote, one requestId, 8 times through both replicas.
  const voteRequestId = `vote-${runId}`;
  const votes = await concurrently(8, i =>
    callApi(via(i), owner.token, `/decisions/${decisionId}/votes`, {
      method: 'POST',
      body: {
        vote: 'go',
        reason: 'Product owner: go (replica test)',
        requestId: voteRequestId,
      },
    }),
  );
  summary.voteStatuses = statusCounts(votes);
  expect(
    votes.every(a => a.status === 200 || a.status === 201),
    `votes answered ${JSON.stringify(summary.voteStatuses)}`,
  );
  const ownerVotes = await countRows(
    postgresUrl,
    'release_readiness_decision_events',
    `type = 'vote' AND decision_id = '${decisionId}' AND actor = '${owner.ref}'`,
  );
  summary.ownerVoteRows = ownerVotes;
  expect(
    ownerVotes === 1,
    `the product owner's vote written ${ownerVotes} times`,
  );

  // 4. The on-call's vote with 10 different requestIds at once: one vote per user and decision.
  const tenVotes = await concurrently(10, i =>
    callApi(via(i), onCall.token, `/decisions/${decisionId}/votes`, {
      method: 'POST',
      body: {
        vote: 'go',
        reason: 'On-call: go (replica test)',
        requestId: `vote-${runId}-${i}`,
      },
    }),
  );
  summary.tenVoteStatuses = statusCounts(tenVotes);
  expect(
    tenVotes.filter(a => a.status === 201).length === 1,
    `10 votes with different requestIds answered ${JSON.stringify(
      summary.tenVoteStatuses,
    )}`,
  );
  expect(
    tenVotes.every(a => a.status === 201 || a.status === 409),
    `10 votes answered ${JSON.stringify(summary.tenVoteStatuses)}`,
  );
  const onCallVotes = await countRows(
    postgresUrl,
    'release_readiness_decision_events',
    `type = 'vote' AND decision_id = '${decisionId}' AND actor = '${onCall.ref}'`,
  );
  summary.onCallVoteRows = onCallVotes;
  expect(onCallVotes === 1, `the on-call's vote written ${onCallVotes} times`);
  return { failures, summary };
}
