import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { mockCredentials } from '@backstage/backend-test-utils';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import request from 'supertest';
import { canaryGateModule } from './__testUtils__/canaryGateModule';
import { GUEST, JONAS, LENA, MARA } from './__testUtils__/decisionPeople';
import { startDecisionsBackend } from './__testUtils__/startDecisionsBackend';

/**
 * A canary secret in the configuration (the credential of prod's gate source, which quotes it in
 * every error) never appears in anything a whole decision produces: responses, the records and
 * their export, audit events, notifications, signals, action outputs or log lines.
 */

jest.setTimeout(60_000);

const CANARY = 'canary-ci-token-5b1f0c7e9d2a4863';

describe('a secret in the configuration', () => {
  it('never appears in what a whole decision produces', async () => {
    const backend = await startDecisionsBackend({
      prod: { gates: { source: 'canary-ci', token: CANARY } },
      config: {
        backend: { actions: { pluginSources: ['release-readiness'] } },
      },
      features: [
        canaryGateModule,
        actionsRegistryServiceFactory,
        actionsServiceFactory,
      ],
    });
    const { api } = backend;
    const texts: string[] = [];

    const requested = await api.request(LENA);
    expect(requested.status).toBe(201);
    const first: DecisionResponse = requested.body;
    const id = first.decision.id;
    // the failing source made the gate unknown: the decision needs a waiver
    expect(first.decision.evidence.items).toEqual([
      expect.objectContaining({ id: 'release', status: 'unknown' }),
    ]);
    expect(first.state.blocking.map(b => b.item)).toEqual(['release']);

    expect((await api.request(MARA, { version: '1.4.3' })).status).toBe(403);
    expect((await api.waive(LENA, id, 'release')).status).toBe(403);
    expect((await api.waive(JONAS, id, 'release')).status).toBe(201);
    expect((await api.vote(JONAS, id, 'go')).status).toBe(201);
    const go = await api.vote(LENA, id, 'go');
    expect(go.body.state.status).toBe('go');

    await api.decision(GUEST, id);
    await api.list(GUEST);
    await api.get(GUEST, `/decisions/${id}/export`);
    await api.get(GUEST, '/decisions/check?environment=prod&version=1.4.2');
    for (const path of [
      '/environments/prod/readiness',
      '/environments/prod/gates',
      '/environments',
    ]) {
      texts.push(
        (
          await request(backend.server)
            .get(`/api/release-readiness${path}`)
            .set('Authorization', mockCredentials.user.header(GUEST))
        ).text,
      );
    }
    for (const [action, input] of [
      ['get-readiness', { environment: 'prod' }],
      ['list-open-decisions', {}],
      ['check-decision', { environment: 'prod', version: '1.4.2' }],
    ] as const) {
      const res = await request(backend.server)
        .post(
          `/api/release-readiness/.backstage/actions/v1/actions/release-readiness:${action}/invoke`,
        )
        .set('Authorization', mockCredentials.user.header(GUEST))
        .send(input);
      expect(res.status).toBe(200);
      texts.push(res.text);
    }

    const everything = [
      ...api.bodies,
      ...texts,
      ...backend.logs,
      ...backend.events.map(e =>
        JSON.stringify({
          ...e,
          error: e.error && `${e.error.name}: ${e.error.message}`,
        }),
      ),
      ...backend.notifications.map(n => JSON.stringify(n)),
      ...backend.signals.map(s => JSON.stringify(s)),
    ].join('\n');
    // the capture holds the decision, its audit trail and its outcome notification
    expect(everything).toContain(id);
    expect(backend.events.length).toBeGreaterThanOrEqual(6);
    expect(backend.notifications.length).toBe(2);
    expect(everything).not.toContain(CANARY);
    expect(everything).not.toContain(CANARY.slice(-16));
  });
});
