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
import { releaseReadinessPlugin } from '../plugin';
import {
  createReleaseReadinessGateConditionalDecision,
  releaseReadinessGateConditions,
} from './releaseReadinessGateConditions';

/**
 * Permissions take the system into account: a permission policy that allows setting manual
 * gates in one system (`IS_SYSTEM`) refuses the same person, gate and environment name in
 * another system, although that system's RACI names the person too.
 */

jest.setTimeout(60_000);

const LENA = 'user:default/lena.kraus'; // release captain in both systems' RACI

/** A system with `prod`, a manual staging gate, and Lena's group Responsible for go/no-go. */
const system = (title: string) => ({
  title,
  environments: {
    prod: {
      title: 'Production',
      order: 1,
      gates: {
        source: 'config',
        config: { ref: 'v1.0.0', checks: { lint: 'passed' } },
      },
      readiness: {
        gates: {
          release: { title: 'Release gate', checks: ['lint'] },
          staging: {
            title: 'Staging gate',
            source: 'manual',
            checks: ['smoke-tests'],
          },
        },
      },
    },
  },
  raci: {
    roles: {
      'release-captain': {
        members: ['group:default/servanda-release-captains'],
      },
    },
    activities: {
      'go-no-go': {
        title: 'Go/no-go decision',
        responsible: ['release-captain'],
        accountable: ['release-captain'],
      },
    },
  },
});

/** An adopter's policy: manual gates may be set in the system `servanda` only. */
class ServandaOnlyPolicy implements PermissionPolicy {
  async handle(query: PolicyQuery): Promise<PolicyDecision> {
    if (isPermission(query.permission, releaseReadinessGateSetPermission)) {
      return createReleaseReadinessGateConditionalDecision(
        query.permission,
        releaseReadinessGateConditions.isSystem({ systems: ['servanda'] }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** The permissions service as the permission backend answers with `policy`. */
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

async function start(options: { policy: boolean }) {
  const { server } = await startTestBackend({
    features: [
      releaseReadinessPlugin,
      mockServices.rootConfig.factory({
        data: {
          releaseReadiness: {
            systems: {
              servanda: system('Servanda'),
              wimmelwelt: system('Wimmelwelt'),
            },
          },
        },
      }),
      catalogServiceMock.factory({ entities }),
      ...(options.policy
        ? [permissionsWith(new ServandaOnlyPolicy()).factory]
        : []),
    ],
  });
  return server;
}

const base = (sys: string) =>
  `/api/release-readiness/systems/${sys}/environments/prod/gates/staging`;

const set = (server: Parameters<typeof request>[0], sys: string) =>
  request(server)
    .post(`${base(sys)}/checks/smoke-tests`)
    .set('Authorization', mockCredentials.user.header(LENA))
    .send({
      state: 'passed',
      reason: 'smoke tests green',
      requestId: `req-lena-${sys}`,
    });

const read = (server: Parameters<typeof request>[0], path: string) =>
  request(server)
    .get(path)
    .set('Authorization', mockCredentials.user.header(LENA));

describe('the IS_SYSTEM permission rule of manual gates', () => {
  it('lets the RACI alone decide in both systems without a policy', async () => {
    const server = await start({ policy: false });
    expect((await set(server, 'servanda')).status).toBe(201);
    expect((await set(server, 'wimmelwelt')).status).toBe(201);
  });

  it('allows setting a gate in the system the policy names and refuses it in the other', async () => {
    const server = await start({ policy: true });

    const allowed = await set(server, 'servanda');
    expect(allowed.status).toBe(201);
    expect(allowed.body).toMatchObject({ system: 'servanda', actor: LENA });

    const refused = await set(server, 'wimmelwelt');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'The permission policy does not allow you to set results of wimmelwelt/prod/staging (release-readiness.gate.set)',
    );

    // The board's buttons say the same before anyone clicks.
    expect(
      (await read(server, `${base('servanda')}/eligibility`)).body,
    ).toMatchObject({ allowed: true });
    expect(
      (await read(server, `${base('wimmelwelt')}/eligibility`)).body,
    ).toEqual({ allowed: false, reason: refused.body.error.message });

    // Nothing was written in the refused system.
    expect(
      (await read(server, `${base('wimmelwelt')}/checks`)).body.items,
    ).toEqual([]);
    expect(
      (await read(server, `${base('servanda')}/checks`)).body.items.map(
        (r: { system: string; actor: string }) => [r.system, r.actor],
      ),
    ).toEqual([['servanda', LENA]]);
  });
});
