import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  OnCallSourceFactory,
  releaseReadinessIncidentSourcesExtensionPoint,
  releaseReadinessOnCallSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import { releaseReadinessModulePagerDuty } from '../module';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import page1 from './__fixtures__/oncalls-escalation-policy-page-1.json';
import page2 from './__fixtures__/oncalls-escalation-policy-page-2.json';

describe('releaseReadinessModulePagerDuty (on-call)', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  async function factoryFor(data: object): Promise<OnCallSourceFactory> {
    const added: OnCallSourceFactory[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          releaseReadinessOnCallSourcesExtensionPoint,
          {
            addOnCallSource: (...f: OnCallSourceFactory[]) => added.push(...f),
          },
        ],
        [
          releaseReadinessIncidentSourcesExtensionPoint,
          { addIncidentSource() {} },
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

  it('adds the pagerduty on-call source, reading PagerDuty with the configured token', async () => {
    const factory = await factoryFor({
      releaseReadiness: {
        pagerduty: { token: 'u+module-token', baseUrl: server.url },
      },
    });
    const source = await factory.create({
      environment: 'prod',
      system: 'default',
      keyPrefix: 'releaseReadiness.environments.prod',
      owner: 'platform',
      config: new ConfigReader({
        onCall: {
          source: 'pagerduty',
          pagerduty: { escalationPolicyId: 'PSVNDEP' },
        },
      }),
      logger: mockServices.logger.mock(),
    });
    server.handle((req, res) =>
      sendJson(res, 200, req.query.get('offset') === '0' ? page1 : page2),
    );
    const shifts = await source.listShifts(
      { start: '2026-03-10T00:00:00Z', end: '2026-03-24T00:00:00Z' },
      { signal: new AbortController().signal },
    );
    expect(shifts).toHaveLength(5);
    expect(server.requests[0].headers.authorization).toBe(
      'Token token=u+module-token',
    );
  });

  it('starts without PagerDuty configuration as long as no environment uses it', async () => {
    const factory = await factoryFor({});
    expect(() =>
      factory.create({
        environment: 'prod',
        system: 'default',
        keyPrefix: 'releaseReadiness.environments.prod',
        owner: 'platform',
        config: new ConfigReader({
          onCall: { pagerduty: { escalationPolicyId: 'PSVNDEP' } },
        }),
        logger: mockServices.logger.mock(),
      }),
    ).toThrow("'releaseReadiness.pagerduty.token'");
  });
});
