import type { BackendFeature } from '@backstage/backend-plugin-api';
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
 * Issue 8, point 1, through the real plugin: when the environment's RACI cannot be resolved
 * (the catalog holds none of its people, or cannot be read), a manual gate write is refused
 * with 403 and the reason, audited, and nothing is written, also for the release captain who
 * may set it when the catalog answers. The catalog's own error text never reaches the answer.
 */

jest.setTimeout(60_000);

const LENA = 'user:default/lena.kraus'; // Release Captain: Responsible for go/no-go
const CANARY = 'CANARY-raci-5e1d77-do-not-leak';

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

interface RecordedEvent {
  eventId: string;
  outcome?: 'success' | 'fail';
  error?: string;
}

async function start(catalog: BackendFeature) {
  const events: RecordedEvent[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId }) => {
      const event: RecordedEvent = { eventId };
      events.push(event);
      return {
        success: async () => {
          event.outcome = 'success';
        },
        fail: async ({ error }) => {
          event.outcome = 'fail';
          event.error = `${error.name}: ${error.message}`;
        },
      };
    },
  });
  const { server } = await startTestBackend({
    features: [
      releaseReadinessPlugin,
      mockServices.rootConfig.factory({ data: { releaseReadiness } }),
      catalog,
      auditor.factory,
    ],
  });
  return { server, events };
}

type Server = Parameters<typeof request>[0];

const setAsLena = (server: Server) =>
  request(server)
    .post(
      '/api/release-readiness/environments/prod/gates/staging/checks/smoke-tests',
    )
    .set('Authorization', mockCredentials.user.header(LENA))
    .send({
      state: 'passed',
      reason: 'smoke tests green',
      requestId: 'raci-unavailable-0001',
    });

const get = (server: Server, path: string) =>
  request(server)
    .get(`/api/release-readiness/environments/prod${path}`)
    .set('Authorization', mockCredentials.user.header(LENA));

describe('a manual gate write while the RACI cannot be resolved', () => {
  it('lets the release captain set the gate while the catalog answers (the control)', async () => {
    const { server, events } = await start(
      catalogServiceMock.factory({ entities }),
    );
    const res = await setAsLena(server);
    expect(res.status).toBe(201);
    expect(events).toEqual([
      expect.objectContaining({
        eventId: 'manual-gate-set',
        outcome: 'success',
      }),
    ]);
  });

  it.each([
    [
      'the catalog holds none of the RACI people',
      () => catalogServiceMock.factory({ entities: [] }),
    ],
    [
      'the catalog cannot be read',
      () =>
        catalogServiceMock.mock({
          getEntitiesByRefs: async () => {
            throw new Error(`catalog down at https://u:${CANARY}@catalog`);
          },
          getEntities: async () => {
            throw new Error(`catalog down at https://u:${CANARY}@catalog`);
          },
        }).factory,
    ],
  ])(
    'refuses with 403 and the reason when %s, audits the refusal and writes nothing',
    async (_name, catalog) => {
      const { server, events } = await start(catalog());
      const res = await setAsLena(server);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(
        /^The RACI roles of 'prod' cannot be resolved right now \(.+\)$/,
      );
      expect(events).toEqual([
        expect.objectContaining({
          eventId: 'manual-gate-set',
          outcome: 'fail',
          error: expect.stringContaining('NotAllowedError'),
        }),
      ]);

      const eligibility = await get(server, '/gates/staging/eligibility');
      expect(eligibility.body).toEqual({
        allowed: false,
        reason: res.body.error.message,
      });
      const history = await get(server, '/gates/staging/checks');
      expect(history.body.items).toEqual([]);
      const readiness = await get(server, '/readiness');
      expect(
        readiness.body.items.find((i: { id: string }) => i.id === 'staging')
          .status,
      ).toBe('fail');

      expect(
        JSON.stringify([
          res.body,
          eligibility.body,
          events,
          (await get(server, '/raci')).body,
        ]),
      ).not.toContain('5e1d77');
    },
  );
});
