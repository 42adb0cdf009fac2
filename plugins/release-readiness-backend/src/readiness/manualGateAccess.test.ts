import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
} from '@backstage/plugin-permission-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { releaseReadinessGateSetPermission } from '@release-readiness/plugin-release-readiness-common';
import request from 'supertest';
import entities from '../people/__fixtures__/catalog-entities.json';
import {
  createReleaseReadinessGateConditionalDecision,
  releaseReadinessGateConditions,
} from '../permissions';
import { releaseReadinessPlugin } from '../plugin';

/**
 * Who may set a manual gate, through the real plugin: the RACI from configuration resolved
 * through the catalog, and the permission policy run by the real permission backend.
 */

const LENA = 'user:default/lena.kraus'; // Release Captain: Responsible for go/no-go
const JONAS = 'user:default/jonas.weber'; // Product Owner: Accountable
const MARA = 'user:default/mara.schulz'; // On-Call: Consulted only
const GUEST = 'user:development/guest'; // no role at all

const gates = (ref: string) => ({
  source: 'config',
  config: { ref, checks: { lint: 'passed' } },
});
const readiness = {
  gates: {
    release: { title: 'Release gate', checks: ['lint'] },
    staging: {
      title: 'Staging gate',
      source: 'manual',
      checks: ['smoke-tests'],
    },
  },
};

const releaseReadiness = {
  environments: {
    dev: { title: 'Development', order: 1, gates: gates('main'), readiness },
    prod: { title: 'Production', order: 3, gates: gates('v1.4.2'), readiness },
  },
  raci: {
    roles: {
      'release-captain': {
        title: 'Release Captain',
        members: ['group:default/servanda-release-captains'],
      },
      'product-owner': {
        title: 'Product Owner',
        members: ['group:default/servanda-product-owners'],
      },
      'on-call': {
        title: 'On-Call',
        members: ['group:default/servanda-oncall'],
      },
    },
    activities: {
      'go-no-go': {
        title: 'Go/no-go decision',
        responsible: ['release-captain'],
        accountable: ['product-owner'],
        consulted: ['on-call'],
        informed: [],
      },
    },
  },
};

/** An adopter's policy: manual gates may be set in dev only; everything else is allowed. */
class DevOnlyPolicy implements PermissionPolicy {
  async handle(query: PolicyQuery): Promise<PolicyDecision> {
    if (isPermission(query.permission, releaseReadinessGateSetPermission)) {
      return createReleaseReadinessGateConditionalDecision(
        query.permission,
        releaseReadinessGateConditions.isEnvironment({ environments: ['dev'] }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/**
 * The permissions service as the permission backend would answer with {@link DevOnlyPolicy}.
 * (Through the real permission backend in `startTestBackend`, conditional decisions are refused
 * for mock user tokens, which carry no plugin actor; in a real backend the plugin's on-behalf-of
 * token has one.)
 */
function permissionsWith(policy: PermissionPolicy) {
  return mockServices.permissions.mock({
    authorize: requests =>
      Promise.all(
        requests.map(async ({ permission }) => {
          const decision = await policy.handle({ permission });
          return decision.result === AuthorizeResult.CONDITIONAL
            ? { result: AuthorizeResult.DENY }
            : decision;
        }),
      ),
    authorizeConditional: requests =>
      Promise.all(
        requests.map(({ permission }) => policy.handle({ permission })),
      ),
  });
}

interface RecordedEvent {
  eventId: string;
  meta?: object;
  outcome?: 'success' | 'fail';
}

async function start(options: { policy?: boolean } = {}) {
  const events: RecordedEvent[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId, meta }) => {
      const event: RecordedEvent = { eventId, meta };
      events.push(event);
      return {
        success: async () => {
          event.outcome = 'success';
        },
        fail: async () => {
          event.outcome = 'fail';
        },
      };
    },
  });
  const { server } = await startTestBackend({
    features: [
      releaseReadinessPlugin,
      mockServices.rootConfig.factory({
        data: { releaseReadiness },
      }),
      catalogServiceMock.factory({ entities }),
      auditor.factory,
      ...(options.policy ? [permissionsWith(new DevOnlyPolicy()).factory] : []),
    ],
  });
  return { server, events };
}

const set = (
  server: Parameters<typeof request>[0],
  user: string,
  env = 'prod',
  requestId = `req-${user.split('/')[1]}-${env}`,
) =>
  request(server)
    .post(
      `/api/release-readiness/environments/${env}/gates/staging/checks/smoke-tests`,
    )
    .set('Authorization', mockCredentials.user.header(user))
    .send({ state: 'passed', reason: 'smoke tests green', requestId });

const staging = async (server: Parameters<typeof request>[0], env = 'prod') => {
  const res = await request(server)
    .get(`/api/release-readiness/environments/${env}/readiness`)
    .set('Authorization', mockCredentials.user.header(GUEST));
  return res.body.items.find((i: { id: string }) => i.id === 'staging');
};

describe('who may set a manual gate', () => {
  it.each([LENA, JONAS])(
    'lets %s (Responsible or Accountable for go/no-go) set it, for the release prod is judged for',
    async user => {
      const { server, events } = await start();
      expect((await staging(server)).status).toBe('fail');
      const res = await set(server, user);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ actor: user, ref: 'v1.4.2' });
      expect((await staging(server)).status).toBe('pass');
      expect(events).toEqual([
        expect.objectContaining({
          eventId: 'manual-gate-set',
          outcome: 'success',
          meta: expect.objectContaining({ environment: 'prod' }),
        }),
      ]);
    },
  );

  it.each([
    [
      MARA,
      "user:default/mara.schulz is not responsible or accountable for 'Go/no-go decision' in prod",
    ],
    [
      GUEST,
      "user:development/guest is not responsible or accountable for 'Go/no-go decision' in prod",
    ],
  ])(
    'refuses %s with 403 and the reason, writes nothing, and audits the refusal',
    async (user, reason) => {
      const { server, events } = await start();
      const res = await set(server, user);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(reason);
      expect(events).toEqual([
        expect.objectContaining({
          eventId: 'manual-gate-set',
          outcome: 'fail',
        }),
      ]);
      const history = await request(server)
        .get('/api/release-readiness/environments/prod/gates/staging/checks')
        .set('Authorization', mockCredentials.user.header(LENA));
      expect(history.body.items).toEqual([]);
      const eligibility = await request(server)
        .get(
          '/api/release-readiness/environments/prod/gates/staging/eligibility',
        )
        .set('Authorization', mockCredentials.user.header(user));
      expect(eligibility.body).toEqual({ allowed: false, reason });
    },
  );

  it('refuses a service principal: writes are made by people', async () => {
    const { server } = await start();
    const res = await request(server)
      .post(
        '/api/release-readiness/environments/prod/gates/staging/checks/smoke-tests',
      )
      .set('Authorization', mockCredentials.service.header())
      .send({
        state: 'passed',
        reason: 'automation',
        requestId: 'req-service-1',
      });
    expect(res.status).toBe(403);
    expect((await staging(server)).status).toBe('fail');
  });

  it('follows a permission policy that allows dev and denies prod, on top of the RACI', async () => {
    const { server, events } = await start({ policy: true });
    const dev = await set(server, LENA, 'dev');
    expect(dev.status).toBe(201);
    const prod = await set(server, LENA, 'prod');
    expect(prod.status).toBe(403);
    expect(prod.body.error.message).toBe(
      'The permission policy does not allow you to set results of default/prod/staging (release-readiness.gate.set)',
    );
    // The policy allows dev, but the RACI still refuses someone without the role.
    const guestDev = await set(server, GUEST, 'dev');
    expect(guestDev.status).toBe(403);
    expect(events.map(e => [e.meta, e.outcome])).toEqual([
      [expect.objectContaining({ environment: 'dev' }), 'success'],
      [expect.objectContaining({ environment: 'prod' }), 'fail'],
      [expect.objectContaining({ environment: 'dev' }), 'fail'],
    ]);
    expect((await staging(server, 'dev')).status).toBe('pass');
    expect((await staging(server, 'prod')).status).toBe('fail');
  });

  it('keeps request ids apart per user: the same id from two people writes twice', async () => {
    const { server } = await start();
    const lena = await set(server, LENA, 'prod', 'shared-request-id');
    const jonas = await set(server, JONAS, 'prod', 'shared-request-id');
    expect([lena.status, jonas.status]).toEqual([201, 201]);
    expect(jonas.body.id).not.toBe(lena.body.id);
    const again = await set(server, LENA, 'prod', 'shared-request-id');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(lena.body.id);
  });
});
