import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { SourceFactoryOptions } from '@release-readiness/plugin-release-readiness-node';
import { PagerDutyClient } from '../client';
import { createPagerDutyOnCallSourceFactory } from './createPagerDutyOnCallSourceFactory';

const client = new PagerDutyClient({
  token: 'u+token',
  baseUrl: 'http://127.0.0.1:9',
});

type Options = Partial<Omit<SourceFactoryOptions, 'config' | 'logger'>>;

async function create(
  onCall: object,
  withClient = true,
  options: Options = {},
) {
  return createPagerDutyOnCallSourceFactory({
    client: withClient ? client : undefined,
  }).create({
    environment: 'prod',
    system: 'default',
    keyPrefix: 'releaseReadiness.environments.prod',
    owner: 'platform',
    ...options,
    config: new ConfigReader({ onCall }),
    logger: mockServices.logger.mock(),
  });
}

const CANARY = 'u+canaryTeamTokenThatMustNotLeak';
const TEAM_PREFIX =
  'http://localhost:7010/servanda/release-readiness.yaml: environments.prod';
const team: Options = { owner: 'team', keyPrefix: TEAM_PREFIX };

/** The message `create` rejects with, failing the test when it resolves. */
async function messageOf(
  onCall: object,
  options: Options,
  withClient = true,
): Promise<string> {
  const error = await create(onCall, withClient, options).then(
    () => {
      throw new Error('create did not throw');
    },
    (e: unknown) => e,
  );
  return error instanceof Error ? error.message : String(error);
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

  it('names keys with the keyPrefix it is given', async () => {
    const prefix = 'releaseReadiness.systems.servanda.environments.prod';
    expect(
      await messageOf({ source: 'pagerduty' }, { keyPrefix: prefix }),
    ).toBe(
      `Invalid configuration at '${prefix}.onCall.pagerduty': the PagerDuty on-call source needs escalationPolicyId or schedules`,
    );
    expect(
      await messageOf(
        { source: 'pagerduty', pagerduty: { escalationPolicyId: 'PSVNDEP' } },
        { keyPrefix: prefix, system: 'servanda' },
        false,
      ),
    ).toBe(
      `Invalid configuration at 'releaseReadiness.pagerduty.token': missing, but environment 'prod' reads its on-call rota from PagerDuty (at '${prefix}.onCall.source')`,
    );
    expect(
      await messageOf(
        { source: 'pagerduty', pagerduty: { escalationPolicyId: 'PT 20' } },
        team,
      ),
    ).toBe(
      `Invalid configuration at '${TEAM_PREFIX}.onCall.pagerduty.escalationPolicyId': expected a PagerDuty id such as PT20YPA`,
    );
  });

  it('lets a team name an escalation policy or schedules, keyed by the rota, not the system', async () => {
    const platform = await create({
      source: 'pagerduty',
      pagerduty: { escalationPolicyId: 'PSVNDEP' },
    });
    const teamOwned = await create(
      { source: 'pagerduty', pagerduty: { escalationPolicyId: 'PSVNDEP' } },
      true,
      { ...team, system: 'wimmelwelt' },
    );
    expect(teamOwned.key).toBe(platform.key);
    const schedules = await create(
      {
        source: 'pagerduty',
        pagerduty: {
          schedules: { primary: ['PSCHPRI'], backup: ['PSCHSEN'] },
          handover: {
            weekday: 'tuesday',
            time: '10:00',
            timeZone: 'Europe/Berlin',
          },
        },
      },
      true,
      team,
    );
    expect(schedules.key).toBe('pagerduty:schedules:PSCHPRI|PSCHSEN');
    expect(schedules.handover).toEqual({
      weekday: 2,
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
  });

  it('refuses a token or baseUrl in a team-owned block, naming the key, never the token', async () => {
    const reason =
      "not allowed in a team's policy file, which may name only escalationPolicyId, schedules, handover (the PagerDuty token and API address stay in releaseReadiness.pagerduty)";
    const message = await messageOf(
      {
        source: 'pagerduty',
        pagerduty: {
          escalationPolicyId: 'PSVNDEP',
          token: CANARY,
          baseUrl: `https://${CANARY}@evil.test`,
        },
      },
      team,
    );
    expect(message).toBe(
      [
        `Invalid configuration at '${TEAM_PREFIX}.onCall.pagerduty.token': ${reason}`,
        `Invalid configuration at '${TEAM_PREFIX}.onCall.pagerduty.baseUrl': ${reason}`,
      ].join('; '),
    );
    expect(message).not.toContain(CANARY);
    // also without the portal's token: the team's block is what is wrong
    expect(
      await messageOf(
        {
          source: 'pagerduty',
          pagerduty: { escalationPolicyId: 'PSVNDEP', token: CANARY },
        },
        team,
        false,
      ),
    ).toBe(
      `Invalid configuration at '${TEAM_PREFIX}.onCall.pagerduty.token': ${reason}`,
    );
    // a token where an id belongs is refused without quoting it
    const asId = await messageOf(
      { source: 'pagerduty', pagerduty: { escalationPolicyId: CANARY } },
      team,
    );
    expect(asId).toContain(
      `'${TEAM_PREFIX}.onCall.pagerduty.escalationPolicyId'`,
    );
    expect(asId).not.toContain(CANARY);
  });
});
