import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { SourceFactoryOptions } from '@release-readiness/plugin-release-readiness-node';
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
      system: 'default',
      keyPrefix: 'releaseReadiness.environments.prod',
      owner: 'platform',
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
        system: 'default',
        keyPrefix: 'releaseReadiness.environments.prod',
        owner: 'platform',
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
        system: 'default',
        keyPrefix: 'releaseReadiness.environments.prod',
        owner: 'platform',
        config: env({ pagerduty: { serviceIds: [] } }),
        logger,
      }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.incidents.pagerduty.serviceIds'",
    );
    expect(() =>
      factory.create({
        environment: 'prod',
        system: 'default',
        keyPrefix: 'releaseReadiness.environments.prod',
        owner: 'platform',
        config: env({ pagerduty: { serviceIds: ['PSVAPI1'] } }),
        logger,
      }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.pagerduty.severity.urgencies.high'",
    );
  });

  describe('with a system and a team-owned block', () => {
    const CANARY = 'u+canaryTeamTokenThatMustNotLeak';
    const TEAM_PREFIX =
      'http://localhost:7010/servanda/release-readiness.yaml: environments.prod';
    const REASON =
      "not allowed in a team's policy file, which may name only serviceIds (the PagerDuty token and API address stay in releaseReadiness.pagerduty)";
    const factory = createPagerDutyIncidentSourceFactory({
      config: new ConfigReader({}),
      client,
    });
    const create = (
      incidents: object,
      options: Partial<Omit<SourceFactoryOptions, 'config' | 'logger'>>,
      f = factory,
    ) =>
      f.create({
        environment: 'prod',
        system: 'servanda',
        keyPrefix: 'releaseReadiness.systems.servanda.environments.prod',
        owner: 'platform',
        ...options,
        config: env(incidents),
        logger,
      });
    const messageOf = (
      incidents: object,
      options: Partial<Omit<SourceFactoryOptions, 'config' | 'logger'>>,
      f = factory,
    ): string => {
      try {
        create(incidents, options, f);
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      throw new Error('create did not throw');
    };

    it('names keys with the keyPrefix it is given', () => {
      expect(messageOf({ pagerduty: { serviceIds: [] } }, {})).toMatch(
        /^Invalid configuration at 'releaseReadiness\.systems\.servanda\.environments\.prod\.incidents\.pagerduty\.serviceIds': /,
      );
      expect(
        messageOf(
          { pagerduty: { serviceIds: ['PSVAPI1'] } },
          {},
          createPagerDutyIncidentSourceFactory({
            config: new ConfigReader({}),
          }),
        ),
      ).toBe(
        "Invalid configuration at 'releaseReadiness.pagerduty.token': environment prod reads incidents from PagerDuty, which needs an API token (at 'releaseReadiness.systems.servanda.environments.prod.incidents.source')",
      );
      expect(
        messageOf(
          { pagerduty: { serviceIds: ['psvapi1'] } },
          { owner: 'team', keyPrefix: TEAM_PREFIX },
        ),
      ).toBe(
        `Invalid configuration at '${TEAM_PREFIX}.incidents.pagerduty.serviceIds.0': expected a PagerDuty service id such as PIJ90N7`,
      );
    });

    it('lets a team name service ids, sharing the key of the service set across systems', async () => {
      const platform = await create(
        { pagerduty: { serviceIds: ['PSVAPI1', 'PSVEXP2'] } },
        {},
      );
      const teamOwned = await create(
        { pagerduty: { serviceIds: ['PSVEXP2', 'PSVAPI1'] } },
        { owner: 'team', keyPrefix: TEAM_PREFIX, system: 'wimmelwelt' },
      );
      expect(teamOwned.key).toBe('pagerduty:PSVAPI1,PSVEXP2');
      expect(teamOwned.key).toBe(platform.key);
    });

    it('refuses a token or baseUrl in a team-owned block, naming the key, never the token', () => {
      const message = messageOf(
        {
          pagerduty: {
            serviceIds: ['PSVAPI1'],
            token: CANARY,
            baseUrl: `https://${CANARY}@evil.test`,
          },
        },
        { owner: 'team', keyPrefix: TEAM_PREFIX },
      );
      expect(message).toBe(
        [
          `Invalid configuration at '${TEAM_PREFIX}.incidents.pagerduty.token': ${REASON}`,
          `Invalid configuration at '${TEAM_PREFIX}.incidents.pagerduty.baseUrl': ${REASON}`,
        ].join('; '),
      );
      expect(message).not.toContain(CANARY);
      const asId = messageOf(
        { pagerduty: { serviceIds: [CANARY] } },
        { owner: 'team', keyPrefix: TEAM_PREFIX },
      );
      expect(asId).toContain(
        `'${TEAM_PREFIX}.incidents.pagerduty.serviceIds.0'`,
      );
      expect(asId).not.toContain(CANARY);
    });

    it('keeps a platform-owned block as it was: keys beside serviceIds are ignored', async () => {
      const source = await create(
        { pagerduty: { serviceIds: ['PSVAPI1'], note: 'platform team' } },
        {},
      );
      expect(source.key).toBe('pagerduty:PSVAPI1');
    });
  });
});
