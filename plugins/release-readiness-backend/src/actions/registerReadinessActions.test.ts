import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isPermission,
  Permission,
} from '@backstage/plugin-permission-common';
import {
  ReadinessEvaluation,
  releaseReadinessDecisionCheckPermission,
  releaseReadinessReadPermission,
} from '@release-readiness/plugin-release-readiness-common';
import request from 'supertest';
import { permissionsFollowing } from '../backups/__testUtils__/permissionsFollowing';
import { actionsProbePlugin } from '../decisions/__testUtils__/actionsProbePlugin';
import { GUEST, JONAS, LENA } from '../decisions/__testUtils__/decisionPeople';
import {
  DecisionsBackendOptions,
  startDecisionsBackend,
} from '../decisions/__testUtils__/startDecisionsBackend';

/**
 * The plugin's actions for assistants, through the real actions registry and actions service of
 * `@backstage/backend-defaults/alpha` (what the portal's MCP actions backend serves): listed and
 * read-only, and answering what the HTTP routes answer, with the caller's permissions.
 */

jest.setTimeout(60_000);

const IDS = [
  'release-readiness:get-readiness',
  'release-readiness:list-open-decisions',
  'release-readiness:check-decision',
];

const denying = (denied: Permission) =>
  permissionsFollowing({
    async handle({ permission }) {
      return {
        result: isPermission(permission, denied)
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
      };
    },
  });

async function start(options: DecisionsBackendOptions = {}) {
  const backend = await startDecisionsBackend({
    ...options,
    config: { backend: { actions: { pluginSources: ['release-readiness'] } } },
    features: [
      actionsRegistryServiceFactory,
      actionsServiceFactory,
      actionsProbePlugin,
      ...(options.features ?? []),
    ],
  });
  const invoke = (user: string, id: string, input: object) =>
    request(backend.server)
      .post(`/api/release-readiness/.backstage/actions/v1/actions/${id}/invoke`)
      .set('Authorization', mockCredentials.user.header(user))
      .send(input);
  return { ...backend, invoke };
}

describe('the actions for assistants', () => {
  it('lists the three actions as read-only, idempotent and not destructive, also through the actions service', async () => {
    const backend = await start();
    const direct = await request(backend.server)
      .get('/api/release-readiness/.backstage/actions/v1/actions')
      .set('Authorization', mockCredentials.user.header(GUEST));
    expect(direct.status).toBe(200);
    const viaService = await request(backend.server)
      .get('/api/actions-probe/actions')
      .set('Authorization', mockCredentials.user.header(GUEST));
    expect(viaService.status).toBe(200);
    for (const listed of [direct.body.actions, viaService.body.actions]) {
      const ours: { id: string; attributes: object }[] = listed.filter(
        (a: { id: string }) => a.id.startsWith('release-readiness:'),
      );
      expect(ours.map(a => a.id).sort()).toEqual([...IDS].sort());
      for (const action of ours) {
        expect(action.attributes).toEqual({
          readOnly: true,
          idempotent: true,
          destructive: false,
        });
      }
    }
  });

  it('answers the readiness of an environment as the board does', async () => {
    const backend = await start({ checks: { lint: 'failed' } });
    const board = await request(backend.server)
      .get('/api/release-readiness/environments/prod/readiness')
      .set('Authorization', mockCredentials.user.header(GUEST));
    const evaluation: ReadinessEvaluation = board.body;
    const res = await backend.invoke(GUEST, IDS[0], { environment: 'prod' });
    expect(res.status).toBe(200);
    expect(res.body.output).toEqual({
      environment: 'prod',
      verdict: 'blocked',
      at: expect.any(String),
      reasons: evaluation.reasons.map(r => ({
        item: r.itemId,
        status: r.status,
        text: r.text,
      })),
    });
    expect(res.body.output.reasons).toEqual([
      expect.objectContaining({ item: 'release', status: 'fail' }),
    ]);
    const unknown = await backend.invoke(GUEST, IDS[0], {
      environment: 'stage',
    });
    expect(unknown.status).toBe(404);
  });

  it('lists the open decisions and checks a version, as the routes answer', async () => {
    const backend = await start();
    const empty = await backend.invoke(GUEST, IDS[1], {});
    expect(empty.body.output).toEqual({ items: [] });
    const requested = await backend.api.request(LENA);
    const open = await backend.api.decisions(GUEST, '?status=open');
    const listed = await backend.invoke(GUEST, IDS[1], { environment: 'prod' });
    expect(listed.status).toBe(200);
    expect(listed.body.output.items).toEqual(
      open.map(({ decision, state }) => ({
        id: decision.id,
        environment: 'prod',
        version: '1.4.2',
        requester: LENA,
        expiresAt: decision.expiresAt,
        reason: state.reason,
      })),
    );
    expect(listed.body.output.items).toHaveLength(1);

    const id: string = requested.body.decision.id;
    await backend.api.vote(JONAS, id, 'go');
    await backend.api.vote(LENA, id, 'go');
    const route = await backend.api.get(
      GUEST,
      '/decisions/check?environment=prod&version=1.4.2',
    );
    const checked = await backend.invoke(GUEST, IDS[2], {
      environment: 'prod',
      version: '1.4.2',
    });
    expect(checked.status).toBe(200);
    expect(checked.body.output).toEqual(route.body);
    expect(checked.body.output).toMatchObject({ go: true, decisionId: id });
    // through the actions service, as an assistant would call it
    const viaService = await request(backend.server)
      .post(`/api/actions-probe/invoke/${IDS[2]}`)
      .set('Authorization', mockCredentials.user.header(GUEST))
      .send({ environment: 'prod', version: '1.4.3' });
    expect(viaService.status).toBe(200);
    expect(viaService.body.output).toMatchObject({ go: false });
    expect((await backend.invoke(GUEST, IDS[1], {})).body.output.items).toEqual(
      [],
    );
  });

  it('refuses callers the permission policy denies, and anonymous ones', async () => {
    const noRead = await start({
      features: [denying(releaseReadinessReadPermission)],
    });
    for (const [id, input] of [
      [IDS[0], { environment: 'prod' }],
      [IDS[1], {}],
    ] as const) {
      const res = await noRead.invoke(GUEST, id, input);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        `(${releaseReadinessReadPermission.name})`,
      );
    }
    const noCheck = await start({
      features: [denying(releaseReadinessDecisionCheckPermission)],
    });
    const refused = await noCheck.invoke(GUEST, IDS[2], {
      environment: 'prod',
      version: '1.4.2',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(
      'release-readiness.decision.check',
    );
    // (without any header the mock HTTP auth would sign in a default user)
    const anonymous = await request(noCheck.server)
      .post(
        `/api/release-readiness/.backstage/actions/v1/actions/${IDS[0]}/invoke`,
      )
      .set('Authorization', mockCredentials.none.header())
      .send({ environment: 'prod' });
    expect([401, 403]).toContain(anonymous.status);
    expect(anonymous.body.output).toBeUndefined();
  });
});
