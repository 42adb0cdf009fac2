import { mockCredentials } from '@backstage/backend-test-utils';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import request from 'supertest';
import { GUEST, JONAS, LENA, MARA } from './__testUtils__/decisionPeople';
import { startDecisionsBackend } from './__testUtils__/startDecisionsBackend';

/**
 * What the record routes answer beyond writes, through the real plugin: no route changes or
 * deletes a decision, the Markdown export for the change ticket, and the audit trail of a whole
 * decision, refusals included.
 */

jest.setTimeout(60_000);

type Backend = Awaited<ReturnType<typeof startDecisionsBackend>>;

/** A blocked prod 1.4.2 (failing lint) that became go: waived and approved. */
async function decidedWithWaiver(backend: Backend) {
  const res = await backend.api.request(LENA, {
    reason: 'Release 1.4.2 | with the *new* export',
  });
  expect(res.status).toBe(201);
  const id: string = res.body.decision.id;
  expect((await backend.api.vote(GUEST, id, 'go')).status).toBe(403);
  expect(
    (
      await backend.api.waive(JONAS, id, 'release', {
        reason: 'Lint rule changed after the freeze',
      })
    ).status,
  ).toBe(201);
  await backend.api.vote(JONAS, id, 'go', { reason: 'Export reviewed' });
  const go = await backend.api.vote(LENA, id, 'go', {
    reason: 'Runbook ready',
  });
  expect(go.body.state.status).toBe('go');
  const body: DecisionResponse = go.body;
  return body.decision;
}

describe('the decision record routes', () => {
  it.each(['put', 'patch', 'delete'] as const)(
    'refuses %s on decisions with 405 and changes nothing',
    async method => {
      const backend = await startDecisionsBackend();
      const res = await backend.api.request(LENA);
      const id: string = res.body.decision.id;
      for (const path of [
        '/decisions',
        `/decisions/${id}`,
        `/decisions/${id}/votes`,
        `/systems/default/decisions/${id}`,
      ]) {
        const answer = await request(backend.server)
          [method](`/api/release-readiness${path}`)
          .set('Authorization', mockCredentials.user.header(LENA))
          .send({ status: 'go', reason: 'Trust me' });
        expect({ path, status: answer.status }).toEqual({ path, status: 405 });
        expect(answer.body.error.message).toContain('append-only');
      }
      const after = await backend.api.decision(LENA, id);
      expect(after.body.state.status).toBe('open');
      expect(after.body.decision.reason).toBe(res.body.decision.reason);
    },
  );

  it('exports a decision as Markdown with its version, votes and waivers', async () => {
    const backend = await startDecisionsBackend({
      checks: { lint: 'failed' },
    });
    const decision = await decidedWithWaiver(backend);
    const res = await backend.api.get(
      GUEST,
      `/decisions/${decision.id}/export?format=markdown`,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/markdown/);
    const markdown = res.text;
    expect(markdown).toMatch(
      /^# Go\/no-go decision: default · prod · 1\.4\.2 — GO$/m,
    );
    expect(markdown).toContain(`| Decision | ${decision.id} |`);
    expect(markdown).toContain('| Version | 1.4.2 |');
    // votes and waivers, in the order they came
    const voteRows = markdown
      .split('\n')
      .filter(l => /^\| user:default\/(jonas|lena)[^|]*\| go \|/.test(l));
    expect(voteRows).toHaveLength(2);
    expect(voteRows[0]).toContain('Export reviewed');
    expect(voteRows[1]).toContain('Runbook ready');
    expect(markdown).toMatch(
      new RegExp(
        `^\\| release \\| ${JONAS.replace(
          '/',
          '\\/',
        )} \\| Lint rule changed after the freeze \\|`,
        'm',
      ),
    );
    // the requester's text cannot make markup or break the table
    expect(markdown).not.toContain('*new*');
    expect(markdown).toContain('**go** at');

    const unknown = await backend.api.get(
      GUEST,
      `/decisions/${decision.id}/export?format=pdf`,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain(
      "Invalid query parameter 'format'",
    );
    const missing = await backend.api.get(
      GUEST,
      '/decisions/no-such-decision/export',
    );
    expect(missing.status).toBe(404);
  });

  it('audits every request, vote and waiver, refusals and bad bodies included', async () => {
    const backend = await startDecisionsBackend({
      checks: { lint: 'failed' },
    });
    expect((await backend.api.request(MARA)).status).toBe(403);
    const decision = await decidedWithWaiver(backend);
    expect((await backend.api.waive(LENA, decision.id, 'release')).status).toBe(
      409,
    );
    const bad = await backend.api.post(
      LENA,
      `/decisions/${decision.id}/votes`,
      {
        vote: 'go',
      },
    );
    expect(bad.status).toBe(400);

    expect(
      backend.events.map(e => [
        e.eventId,
        e.outcome,
        e.error?.name ??
          (e.successMeta && 'created' in e.successMeta
            ? e.successMeta.created
            : undefined),
      ]),
    ).toEqual([
      ['decision-request', 'fail', 'NotAllowedError'],
      ['decision-request', 'success', true],
      ['decision-vote', 'fail', 'NotAllowedError'],
      ['decision-waive', 'success', true],
      ['decision-vote', 'success', true],
      ['decision-vote', 'success', true],
      ['decision-waive', 'fail', 'ConflictError'],
      ['decision-vote', 'fail', 'InputError'],
    ]);
    for (const event of backend.events.filter(e => e.outcome === 'success')) {
      expect(event.successMeta).toMatchObject({
        decisionId: decision.id,
        environment: 'prod',
        version: '1.4.2',
        authorisedBy: expect.any(String),
      });
    }
  });

  it('audits a write refused before its route: a service principal posting a decision', async () => {
    const backend = await startDecisionsBackend();
    const res = await request(backend.server)
      .post('/api/release-readiness/decisions')
      .set('Authorization', mockCredentials.service.header())
      .send({ environment: 'prod', version: '1.4.2', reason: 'From a script' });
    expect(res.status).toBe(403);
    expect(
      backend.events.map(e => [e.eventId, e.outcome, e.error?.name]),
    ).toEqual([['write-refused', 'fail', 'NotAllowedError']]);
    expect(backend.events[0].meta).toMatchObject({
      method: 'POST',
      path: '/decisions',
    });
    // Reads refused the same way are not audit events.
    await request(backend.server)
      .get('/api/release-readiness/decisions')
      .set('Authorization', mockCredentials.service.header());
    expect(backend.events).toHaveLength(1);
  });
});
