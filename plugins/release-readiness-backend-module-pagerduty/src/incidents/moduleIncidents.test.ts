import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  IncidentSourceFactory,
  releaseReadinessIncidentSourcesExtensionPoint,
  releaseReadinessOnCallSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import page2 from '../__fixtures__/incidents-page-2.json';
import { releaseReadinessModulePagerDuty } from '../module';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';

describe('releaseReadinessModulePagerDuty (incidents)', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  async function factoryFor(data: object): Promise<IncidentSourceFactory> {
    const added: IncidentSourceFactory[] = [];
    await startTestBackend({
      extensionPoints: [
        [releaseReadinessOnCallSourcesExtensionPoint, { addOnCallSource() {} }],
        [
          releaseReadinessIncidentSourcesExtensionPoint,
          {
            addIncidentSource: (...f: IncidentSourceFactory[]) =>
              added.push(...f),
          },
        ],
      ],
      features: [
        releaseReadinessModulePagerDuty,
        mockServices.rootConfig.factory({ data }),
      ],
    });
    expect(added.map(f => f.type)).toEqual(['pagerduty']);
    return added[0];
  }

  it('adds the pagerduty incident source, which reads PagerDuty with the configured token and mapping', async () => {
    const factory = await factoryFor({
      releaseReadiness: {
        pagerduty: {
          token: 'u+module-token',
          baseUrl: server.url,
          severity: { priorities: { P3: 'P2' } },
        },
      },
    });
    const source = await factory.create({
      environment: 'prod',
      system: 'default',
      keyPrefix: 'releaseReadiness.environments.prod',
      owner: 'platform',
      config: new ConfigReader({
        incidents: {
          source: 'pagerduty',
          pagerduty: { serviceIds: ['PSVAPI1'] },
        },
      }),
      logger: mockServices.logger.mock(),
    });
    server.handle((_req, res) => sendJson(res, 200, page2));
    const { incidents } = await source.listOpenIncidents({
      signal: new AbortController().signal,
    });
    expect(incidents.map(i => i.severity)).toEqual(['P2']);
    expect(server.requests[0].headers.authorization).toBe(
      'Token token=u+module-token',
    );
  });

  it('starts without PagerDuty configuration; only an environment that uses it needs the token', async () => {
    const factory = await factoryFor({});
    expect(() =>
      factory.create({
        environment: 'prod',
        system: 'default',
        keyPrefix: 'releaseReadiness.environments.prod',
        owner: 'platform',
        config: new ConfigReader({
          incidents: { pagerduty: { serviceIds: ['PSVAPI1'] } },
        }),
        logger: mockServices.logger.mock(),
      }),
    ).toThrow("Invalid configuration at 'releaseReadiness.pagerduty.token'");
  });
});
