import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import { JONAS, LENA } from './__testUtils__/decisionPeople';
import { setManualGate } from './__testUtils__/setManualGate';
import { startDecisionsBackend } from './__testUtils__/startDecisionsBackend';

/**
 * Evidence that turns from pass to fail before the planned time invalidates a decision, through
 * the real plugin: prod's manual gate `staging` is set through its own route (the source the
 * test controls), the decision is read and checked against live readiness.
 */

jest.setTimeout(60_000);

const HOUR = 60 * 60 * 1000;

type Backend = Awaited<ReturnType<typeof startDecisionsBackend>>;

/** Staging passed, then a request for prod `version`, planned in two hours. */
async function plannedDecision(backend: Backend, version = '1.4.2') {
  const res = await backend.api.request(LENA, {
    version,
    plannedAt: new Date(Date.now() + 2 * HOUR).toISOString(),
  });
  expect(res.status).toBe(201);
  const body: DecisionResponse = res.body;
  return body;
}

const check = (backend: Backend, version: string) =>
  backend.api.get(
    JONAS,
    `/decisions/check?environment=prod&version=${version}`,
  );

describe('a decision whose evidence turns from pass to fail before the planned time', () => {
  it('is invalidated, and stays invalidated when the gate passes again', async () => {
    const backend = await startDecisionsBackend({ manualGate: true });
    await setManualGate(backend.server, LENA, 'passed');
    const { decision } = await plannedDecision(backend);
    expect(decision.evidence.verdict).toBe('ready');
    expect(decision.evidence.items.map(i => [i.id, i.status])).toEqual([
      ['release', 'pass'],
      ['staging', 'pass'],
    ]);
    expect((await backend.api.vote(JONAS, decision.id, 'go')).status).toBe(201);

    await setManualGate(backend.server, LENA, 'failed');
    const signalled = backend.signals.length;
    const failed = await backend.api.decision(JONAS, decision.id);
    expect(failed.status).toBe(200);
    const judged: DecisionResponse = failed.body;
    expect(judged.state.status).toBe('invalidated');
    expect(judged.state.reason).toContain(
      'Staging gate turned from pass to fail before the planned time',
    );
    expect(judged.decision.outcome).toMatchObject({ status: 'invalidated' });
    expect(judged.changes).toEqual([
      { item: 'staging', title: 'Staging gate', from: 'pass', to: 'fail' },
    ]);
    // Recording the outcome is a write: open views hear of it.
    expect(backend.signals.slice(signalled)).toEqual([
      {
        recipients: { type: 'broadcast' },
        channel: 'release-readiness:decisions',
        message: {
          system: 'default',
          environment: 'prod',
          decisionId: decision.id,
        },
      },
    ]);

    await setManualGate(backend.server, LENA, 'passed');
    const again = await backend.api.decision(JONAS, decision.id);
    expect(again.body.state.status).toBe('invalidated');
    expect(again.body.decision.outcome).toMatchObject({
      status: 'invalidated',
    });
    const late = await backend.api.vote(LENA, decision.id, 'go');
    expect(late.status).toBe(409);
    const answer = await check(backend, '1.4.2');
    expect(answer.body).toMatchObject({ go: false, decisionId: decision.id });
    expect(answer.body.reason).toContain('Invalidated');
    // The invalidation was recorded once; the Informed and the requester heard it once.
    expect(
      backend.notifications.filter(n =>
        n.payload.title.endsWith(': INVALIDATED'),
      ),
    ).toHaveLength(1);
  });

  it('is no go for the pipeline while the gate fails, also when a newer version was requested since', async () => {
    const backend = await startDecisionsBackend({ manualGate: true });
    await setManualGate(backend.server, LENA, 'passed');
    const { decision } = await plannedDecision(backend, '1.4.2');
    await backend.api.vote(JONAS, decision.id, 'go');
    const go = await backend.api.vote(LENA, decision.id, 'go');
    expect(go.body.state.status).toBe('go');
    expect((await check(backend, '1.4.2')).body.go).toBe(true);
    await plannedDecision(backend, '1.4.3');

    await setManualGate(backend.server, LENA, 'failed');
    const answer = await check(backend, '1.4.2');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ go: false, decisionId: decision.id });
    expect(answer.body.reason).toContain(
      'Staging gate turned from pass to fail before the planned time',
    );

    // The go was invalidated for good: passing again does not bring it back.
    await setManualGate(backend.server, LENA, 'passed');
    const later = await backend.api.decision(JONAS, decision.id);
    expect(later.body.state.status).toBe('invalidated');
    expect(later.body.decision.outcome).toMatchObject({
      status: 'invalidated',
    });
    expect((await check(backend, '1.4.2')).body.go).toBe(false);
  });
});
