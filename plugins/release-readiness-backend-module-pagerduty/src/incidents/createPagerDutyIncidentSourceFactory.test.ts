import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { PagerDutyClient } from '../client';
import { createPagerDutyIncidentSourceFactory } from './createPagerDutyIncidentSourceFactory';

const client = new PagerDutyClient({ token: 'x' });
const logger = mockServices.logger.mock();
const env = (incidents: object) => new ConfigReader({ incidents });

describe('createPagerDutyIncidentSourceFactory', () => {
  it('creates a source keyed by the services', async () => {
    const factory = createPagerDutyIncidentSourceFactory({
      config: new ConfigReader({}),
      client,
    });
    const source = await factory.create({
      environment: 'prod',
      config: env({
        source: 'pagerduty',
        pagerduty: { serviceIds: ['PSVEXP2', 'PSVAPI1'] },
      }),
      logger,
    });
    expect(source).toMatchObject({
      name: 'pagerduty',
      key: 'pagerduty:PSVAPI1,PSVEXP2',
    });
  });

  it('names the key that is missing or wrong', () => {
    const withoutToken = createPagerDutyIncidentSourceFactory({
      config: new ConfigReader({}),
    });
    expect(() =>
      withoutToken.create({
        environment: 'prod',
        config: env({ pagerduty: { serviceIds: ['PSVAPI1'] } }),
        logger,
      }),
    ).toThrow("Invalid configuration at 'releaseReadiness.pagerduty.token'");

    const factory = createPagerDutyIncidentSourceFactory({
      config: new ConfigReader({
        releaseReadiness: {
          pagerduty: { severity: { urgencies: { high: 'SEV1' } } },
        },
      }),
      client,
    });
    expect(() =>
      factory.create({
        environment: 'prod',
        config: env({ pagerduty: { serviceIds: [] } }),
        logger,
      }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.incidents.pagerduty.serviceIds'",
    );
    expect(() =>
      factory.create({
        environment: 'prod',
        config: env({ pagerduty: { serviceIds: ['PSVAPI1'] } }),
        logger,
      }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.pagerduty.severity.urgencies.high'",
    );
  });
});
