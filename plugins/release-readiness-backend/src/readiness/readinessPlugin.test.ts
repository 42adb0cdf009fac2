import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { releaseReadinessGateSourcesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';
import request from 'supertest';
import { releaseReadinessPlugin } from '../plugin';

const ciModule = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'test-ci',
  register(reg) {
    reg.registerInit({
      deps: { gates: releaseReadinessGateSourcesExtensionPoint },
      async init({ gates }) {
        gates.addGateSource({
          type: 'test-ci',
          create: ({ environment }) => ({
            key: `test-ci:${environment}`,
            name: 'test-ci',
            getChecks: async () => ({
              checks: [
                { name: 'lint', state: 'passed' },
                { name: 'build', state: 'pending' },
              ],
            }),
          }),
        });
      },
    });
  },
});

const environments = {
  stage: {
    title: 'Staging',
    order: 2,
    gates: { source: 'test-ci' },
    readiness: {
      gates: { release: { title: 'Release gate', checks: ['lint', 'build'] } },
      preconditions: {
        incidents: { type: 'incident-free', severities: ['P1', 'P2'] },
      },
    },
  },
};

function start(data: object, features: any[] = []) {
  return startTestBackend({
    features: [
      releaseReadinessPlugin,
      mockServices.rootConfig.factory({ data }),
      catalogServiceMock.factory({ entities: [] }),
      ...features,
    ],
  });
}

describe('readiness in the backend plugin', () => {
  it('takes gate sources from modules and answers the readiness of an environment', async () => {
    const { server } = await start({ releaseReadiness: { environments } }, [
      ciModule,
    ]);
    const res = await request(server).get(
      '/api/release-readiness/environments/stage/readiness',
    );
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe('blocked');
    expect(res.body.items.map((i: any) => [i.id, i.status, i.reason])).toEqual([
      ['release', 'fail', '1/2 required checks passed; pending: build'],
      [
        'incidents',
        'unknown',
        'No incident source is configured for this environment: open incidents are unknown',
      ],
    ]);
  });

  it('requires a signed-in user for readiness and manual gates', async () => {
    const { server } = await start({ releaseReadiness: { environments } }, [
      ciModule,
    ]);
    const res = await request(server)
      .get('/api/release-readiness/environments/stage/readiness')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
    const post = await request(server)
      .post(
        '/api/release-readiness/environments/stage/gates/release/checks/lint',
      )
      .set('Authorization', mockCredentials.none.header())
      .send({ state: 'passed', reason: 'fine', requestId: 'req-12345678' });
    expect(post.status).toBe(401);
  });

  it('refuses to start when an environment names a gate source no module installs', async () => {
    await expect(start({ releaseReadiness: { environments } })).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.environments.stage.gates.source': no gates source of type 'test-ci' is installed (installed: config)",
    );
  });

  it('refuses to start with an invalid freeze window and names the key', async () => {
    await expect(
      start(
        {
          releaseReadiness: {
            environments,
            calendar: {
              windows: {
                freeze: {
                  title: 'Freeze',
                  kind: 'freeze',
                  recurrence:
                    'DTSTART;TZID=Europe/Bonn:20240105T160000\nRRULE:FREQ=WEEKLY',
                  duration: 'PT2H',
                },
              },
            },
          },
        },
        [ciModule],
      ),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.calendar.windows.freeze.recurrence': unknown time zone 'Europe/Bonn' in DTSTART",
    );
  });
});
