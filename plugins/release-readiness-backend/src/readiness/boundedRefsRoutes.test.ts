import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { releaseReadinessGateSourcesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';
import request from 'supertest';
import entities from '../people/__fixtures__/catalog-entities.json';
import { releaseReadinessPlugin } from '../plugin';

/**
 * Issue 8, point 7, through the real plugin: `ref` is validated against the environment's
 * `gates.refPattern` and the length limit (in a query and in a manual result's body, which is
 * audited even when refused), and the refs requests name are cached per environment only up to
 * `collector.maxRefsPerEnvironment`, least recently read dropped first.
 */

jest.setTimeout(60_000);

const LENA = 'user:default/lena.kraus'; // Release Captain: Responsible for go/no-go

/** The refs the test CI source was asked for, in order. */
let asked: (string | undefined)[];

const testCi = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'bounded-refs-test-ci',
  register(reg) {
    reg.registerInit({
      deps: { gates: releaseReadinessGateSourcesExtensionPoint },
      async init({ gates }) {
        gates.addGateSource({
          type: 'test-ci',
          create: ({ environment }) => ({
            key: `test-ci:${environment}`,
            name: 'test-ci',
            defaultRef: 'v1.0.0',
            getChecks: async ({ ref }) => {
              asked.push(ref);
              return {
                ref: { name: ref ?? 'v1.0.0' },
                checks: [{ name: 'lint', state: 'passed' }],
              };
            },
          }),
        });
      },
    });
  },
});

const releaseReadiness = {
  collector: {
    maxRefsPerEnvironment: 2,
    refresh: {
      frequency: { hours: 1 },
      timeout: { minutes: 1 },
      initialDelay: { hours: 1 },
    },
  },
  environments: {
    prod: {
      title: 'Production',
      order: 1,
      gates: {
        source: 'test-ci',
        refPattern: 'v[0-9]+[.][0-9]+[.][0-9]+',
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

async function start() {
  const events: { eventId: string; outcome?: string }[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId }) => {
      const event: { eventId: string; outcome?: string } = { eventId };
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
      testCi,
      mockServices.rootConfig.factory({ data: { releaseReadiness } }),
      catalogServiceMock.factory({ entities }),
      auditor.factory,
    ],
  });
  return { server, events };
}

type Server = Parameters<typeof request>[0];

const readiness = (server: Server, ref?: string) =>
  request(server)
    .get('/api/release-readiness/environments/prod/readiness')
    .query(ref === undefined ? {} : { ref })
    .set('Authorization', mockCredentials.user.header(LENA));

const setFor = (server: Server, ref: string, requestId: string) =>
  request(server)
    .post(
      '/api/release-readiness/environments/prod/gates/staging/checks/smoke-tests',
    )
    .set('Authorization', mockCredentials.user.header(LENA))
    .send({ state: 'passed', reason: 'smoke tests green', requestId, ref });

beforeEach(() => {
  asked = [];
});

describe('bounded refs, through the real plugin', () => {
  it("refuses a ref outside the environment's refPattern or over 200 characters with a 400 naming the field, in a query and an audited body", async () => {
    const { server, events } = await start();

    const good = await readiness(server, 'v1.9.0');
    expect(good.status).toBe(200);
    const main = await readiness(server, 'main');
    expect(main.status).toBe(400);
    expect(main.body.error.message).toBe(
      "Invalid query parameter 'ref': 'main' is not a release name prod accepts (pattern ^(?:v[0-9]+[.][0-9]+[.][0-9]+)$)",
    );
    const long = await readiness(server, `v1.2.${'3'.repeat(200)}`);
    expect(long.status).toBe(400);
    expect(long.body.error.message).toContain(
      "Invalid query parameter 'ref': at most 200 characters",
    );
    // Refused refs never reach the gate source.
    expect(asked).toEqual(['v1.9.0']);

    const badBody = await setFor(server, 'main', 'bounded-refs-0001');
    expect(badBody.status).toBe(400);
    expect(badBody.body.error.message).toContain("Invalid body field 'ref'");
    const goodBody = await setFor(server, 'v1.9.0', 'bounded-refs-0002');
    expect(goodBody.status).toBe(201);
    expect(goodBody.body.ref).toBe('v1.9.0');
    expect(events).toEqual([
      { eventId: 'manual-gate-set', outcome: 'fail' },
      { eventId: 'manual-gate-set', outcome: 'success' },
    ]);
  });

  it('keeps at most maxRefsPerEnvironment requested refs cached, dropping the least recently read', async () => {
    const { server } = await start();
    for (const ref of ['v1.1.0', 'v1.2.0', 'v1.1.0', 'v1.3.0']) {
      expect((await readiness(server, ref)).status).toBe(200);
    }
    // v1.1.0 was read again before v1.3.0 came, so v1.2.0 was the one dropped.
    expect(asked).toEqual(['v1.1.0', 'v1.2.0', 'v1.3.0']);
    await readiness(server, 'v1.1.0');
    await readiness(server, 'v1.3.0');
    expect(asked).toEqual(['v1.1.0', 'v1.2.0', 'v1.3.0']); // both still cached
    await readiness(server, 'v1.2.0');
    expect(asked).toEqual(['v1.1.0', 'v1.2.0', 'v1.3.0', 'v1.2.0']);
    // The default ref is never one of the bounded ones.
    await readiness(server);
    await readiness(server);
    expect(asked.filter(r => r === undefined || r === 'v1.0.0')).toHaveLength(
      1,
    );
  });
});
