import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { PagerDutyClient } from '../client';
import { createPagerDutyOnCallSourceFactory } from './createPagerDutyOnCallSourceFactory';

const client = new PagerDutyClient({
  token: 'u+token',
  baseUrl: 'http://127.0.0.1:9',
});

async function create(onCall: object, withClient = true) {
  return createPagerDutyOnCallSourceFactory({
    client: withClient ? client : undefined,
  }).create({
    environment: 'prod',
    config: new ConfigReader({ onCall }),
    logger: mockServices.logger.mock(),
  });
}

describe('createPagerDutyOnCallSourceFactory', () => {
  it('creates a source for an escalation policy, weeks from Monday 00:00 UTC by default', async () => {
    const source = await create({
      source: 'pagerduty',
      pagerduty: { escalationPolicyId: 'PSVNDEP' },
    });
    expect(source.key).toBe('pagerduty:escalation-policy:PSVNDEP');
    expect(source.handover).toEqual({
      weekday: 1,
      time: '00:00',
      timeZone: 'UTC',
    });
  });

  it('reads schedules per duty and the team’s handover', async () => {
    const source = await create({
      source: 'pagerduty',
      pagerduty: {
        schedules: { primary: ['PSCHPRI'], backup: ['PSCHSEN'] },
        handover: {
          weekday: 'monday',
          time: '09:00',
          timeZone: 'Europe/Berlin',
        },
      },
    });
    expect(source.name).toBe('pagerduty:schedules/PSCHPRI,PSCHSEN');
    expect(source.handover).toEqual({
      weekday: 1,
      time: '09:00',
      timeZone: 'Europe/Berlin',
    });
  });

  it('names the key of a missing or ambiguous target', async () => {
    await expect(create({ source: 'pagerduty' })).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.onCall.pagerduty'",
    );
    await expect(
      create({
        source: 'pagerduty',
        pagerduty: {
          escalationPolicyId: 'PSVNDEP',
          schedules: { primary: ['PSCHPRI'], backup: ['PSCHSEN'] },
        },
      }),
    ).rejects.toThrow('set either escalationPolicyId or schedules');
    await expect(
      create({
        source: 'pagerduty',
        pagerduty: { escalationPolicyId: 'Servanda Production' },
      }),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.onCall.pagerduty.escalationPolicyId'",
    );
  });

  it('names the missing token when PagerDuty is not configured', async () => {
    await expect(
      create(
        { source: 'pagerduty', pagerduty: { escalationPolicyId: 'PSVNDEP' } },
        false,
      ),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.pagerduty.token': missing, but environment 'prod' reads its on-call rota from PagerDuty",
    );
  });
});
