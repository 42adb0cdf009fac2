import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import entities from '../people/__fixtures__/catalog-entities.json';
import { releaseReadinessPlugin } from '../plugin';

/**
 * A gate's `maxAge` through the real plugin (issue 8, point 3): a manual result counts as
 * pending once it is older than that, so the verdict goes back from ready to blocked; a gate
 * without `maxAge` keeps its result for the same release.
 */

jest.setTimeout(60_000);

const LENA = 'user:default/lena.kraus'; // Release Captain: Responsible for go/no-go
const GUEST = 'user:development/guest';
const MAX_AGE_MS = 5_000;

const releaseReadiness = {
  environments: {
    prod: {
      title: 'Production',
      order: 1,
      gates: {
        source: 'config',
        config: { ref: 'v1.4.2', checks: { lint: 'passed' } },
      },
      readiness: {
        gates: {
          release: { title: 'Release gate', checks: ['lint'] },
          staging: {
            title: 'Staging gate',
            source: 'manual',
            checks: ['smoke-tests'],
            maxAge: 'PT5S',
          },
          preflight: {
            title: 'Preflight',
            source: 'manual',
            checks: ['runbook'],
          },
        },
      },
    },
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
    },
    activities: {
      'go-no-go': {
        title: 'Go/no-go decision',
        responsible: ['release-captain'],
        accountable: ['product-owner'],
        consulted: [],
        informed: [],
      },
    },
  },
};

type Server = Parameters<typeof request>[0];

interface Item {
  id: string;
  status: string;
  evidence: { label: string; detail?: string }[];
}

async function readiness(
  server: Server,
): Promise<{ verdict: string; items: Item[] }> {
  const res = await request(server)
    .get('/api/release-readiness/environments/prod/readiness')
    .set('Authorization', mockCredentials.user.header(GUEST));
  expect(res.status).toBe(200);
  return res.body;
}

const statusOf = (body: { items: Item[] }, id: string) =>
  body.items.find(i => i.id === id)?.status;

async function set(server: Server, gate: string, check: string) {
  return request(server)
    .post(
      `/api/release-readiness/environments/prod/gates/${gate}/checks/${check}`,
    )
    .set('Authorization', mockCredentials.user.header(LENA))
    .send({
      state: 'passed',
      reason: `${check} green on staging`,
      requestId: `max-age-${gate}-${check}`,
    });
}

describe('a manual gate with maxAge, through the real plugin', () => {
  it('counts a result as pending once it is older than maxAge, and the verdict goes back to blocked', async () => {
    const { server } = await startTestBackend({
      features: [
        releaseReadinessPlugin,
        mockServices.rootConfig.factory({ data: { releaseReadiness } }),
        catalogServiceMock.factory({ entities }),
      ],
    });

    const before = await readiness(server);
    expect(before.verdict).toBe('blocked');
    expect(statusOf(before, 'staging')).toBe('fail');

    const staging = await set(server, 'staging', 'smoke-tests');
    const preflight = await set(server, 'preflight', 'runbook');
    expect([staging.status, preflight.status]).toEqual([201, 201]);
    expect(staging.body).toMatchObject({ ref: 'v1.4.2', actor: LENA });
    const setAt = Date.parse(staging.body.createdAt);

    const fresh = await readiness(server);
    expect(Date.now() - setAt).toBeLessThan(MAX_AGE_MS); // read while still younger than maxAge
    expect(statusOf(fresh, 'staging')).toBe('pass');
    expect(fresh.verdict).toBe('ready');

    await new Promise(r =>
      setTimeout(r, Math.max(0, setAt + MAX_AGE_MS + 300 - Date.now())),
    );
    const expired = await readiness(server);
    expect(statusOf(expired, 'staging')).toBe('fail');
    expect(
      expired.items.find(i => i.id === 'staging')!.evidence[0].detail,
    ).toBe(
      `smoke-tests green on staging (${LENA}); older than PT5S: it must be run or set again`,
    );
    // The gate without maxAge keeps its result for the same release.
    expect(statusOf(expired, 'preflight')).toBe('pass');
    expect(expired.verdict).toBe('blocked');

    // Set again, it counts again.
    const again = await request(server)
      .post(
        '/api/release-readiness/environments/prod/gates/staging/checks/smoke-tests',
      )
      .set('Authorization', mockCredentials.user.header(LENA))
      .send({
        state: 'passed',
        reason: 'smoke tests green again',
        requestId: 'max-age-staging-again',
      });
    expect(again.status).toBe(201);
    const renewed = await readiness(server);
    expect(Date.now() - Date.parse(again.body.createdAt)).toBeLessThan(
      MAX_AGE_MS,
    );
    expect(statusOf(renewed, 'staging')).toBe('pass');
    expect(renewed.verdict).toBe('ready');
  });
});
