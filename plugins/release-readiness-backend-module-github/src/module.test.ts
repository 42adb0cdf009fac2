import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  GateSourceFactory,
  releaseReadinessGateSourcesExtensionPoint,
  releaseReadinessRollbackStrategiesExtensionPoint,
  RollbackStrategyFactory,
} from '@release-readiness/plugin-release-readiness-node';
import { releaseReadinessModuleGithub } from './module';

describe('releaseReadinessModuleGithub', () => {
  async function start(data: object) {
    const addGateSource = jest.fn();
    const addRollbackStrategy = jest.fn();
    await startTestBackend({
      extensionPoints: [
        [releaseReadinessGateSourcesExtensionPoint, { addGateSource }],
        [
          releaseReadinessRollbackStrategiesExtensionPoint,
          { addRollbackStrategy },
        ],
      ],
      features: [
        releaseReadinessModuleGithub,
        mockServices.rootConfig.factory({ data }),
      ],
    });
    return { addGateSource, addRollbackStrategy };
  }

  async function added(data: object): Promise<GateSourceFactory> {
    const { addGateSource } = await start(data);
    expect(addGateSource).toHaveBeenCalledTimes(1);
    return addGateSource.mock.calls[0][0];
  }

  const envConfig = (github: object) =>
    new ConfigReader({ gates: { source: 'github', github } });

  it('adds the github gate source, which uses the integration of its host', async () => {
    const factory = await added({
      integrations: {
        github: [
          {
            host: 'ghe.servanda.test',
            apiBaseUrl: 'https://ghe.servanda.test/api/v3',
            token: 'ghp_x',
          },
        ],
      },
    });
    expect(factory.type).toBe('github');
    const source = await factory.create({
      environment: 'stage',
      system: 'default',
      keyPrefix: 'releaseReadiness.environments.stage',
      owner: 'platform',
      config: envConfig({
        repository: 'servanda/servanda',
        host: 'ghe.servanda.test',
        ref: 'v1.9.0-rc.2',
      }),
      logger: mockServices.logger.mock(),
    });
    expect(source).toMatchObject({
      name: 'github:servanda/servanda',
      defaultRef: 'v1.9.0-rc.2',
      key: 'github:ghe.servanda.test/servanda/servanda@v1.9.0-rc.2',
      rateLimitGroup: 'github:ghe.servanda.test',
    });
  });

  it('puts sources of one GitHub App installation in one rate-limit group, without secrets', async () => {
    const privateKey =
      '-----BEGIN RSA PRIVATE KEY-----\ncanaryKeyThatMustNotLeak\n-----END RSA PRIVATE KEY-----';
    const factory = await added({
      integrations: {
        github: [
          {
            host: 'github.com',
            apps: [
              {
                appId: 4711,
                clientId: 'Iv1.canaryClientId',
                clientSecret: 'canaryClientSecret',
                webhookSecret: 'canaryWebhookSecret',
                privateKey,
              },
            ],
          },
        ],
      },
    });
    const group = async (repository: string, ref = 'main') => {
      const source = await factory.create({
        environment: 'prod',
        system: 'default',
        keyPrefix: 'releaseReadiness.environments.prod',
        owner: 'platform',
        config: envConfig({ repository, ref }),
        logger: mockServices.logger.mock(),
      });
      return 'rateLimitGroup' in source ? String(source.rateLimitGroup) : '';
    };
    const servanda = await group('servanda/servanda');
    expect(servanda).toMatch(/^github:github\.com:[0-9a-f]{12}$/);
    // same installation (owner): same group, whatever the repository or ref
    expect(await group('Servanda/servanda-ui', 'v1.9.0')).toBe(servanda);
    // another owner is another installation with its own limit
    expect(await group('other-org/servanda')).not.toBe(servanda);
    for (const secret of [
      'canaryKeyThatMustNotLeak',
      'canaryClientSecret',
      'canaryWebhookSecret',
      'canaryClientId',
    ]) {
      expect(servanda).not.toContain(secret);
    }
  });

  it('refuses an environment whose host has no integration, or a bad repository, naming the key', async () => {
    const factory = await added({});
    const create = (github: object) =>
      factory.create({
        environment: 'prod',
        system: 'default',
        keyPrefix: 'releaseReadiness.environments.prod',
        owner: 'platform',
        config: envConfig(github),
        logger: mockServices.logger.mock(),
      });
    expect(() =>
      create({ repository: 'servanda/servanda', host: 'git.example.com' }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.gates.github.host': there is no integrations.github entry for 'git.example.com'",
    );
    expect(() => create({ repository: 'servanda' })).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.gates.github.repository': expected owner/repository",
    );
  });

  async function addedStrategy(data: object): Promise<RollbackStrategyFactory> {
    const { addRollbackStrategy } = await start(data);
    expect(addRollbackStrategy).toHaveBeenCalledTimes(1);
    expect(addRollbackStrategy.mock.calls[0]).toHaveLength(1);
    return addRollbackStrategy.mock.calls[0][0];
  }

  const strategyOptions = (githubActions: object) => ({
    environment: 'prod',
    system: 'servanda',
    keyPrefix: 'releaseReadiness.systems.servanda.environments.prod',
    owner: 'platform' as const,
    config: new ConfigReader({ rollback: { githubActions } }),
    logger: mockServices.logger.mock(),
    strategyConfig: new ConfigReader(githubActions),
    strategyKeyPrefix:
      'releaseReadiness.systems.servanda.environments.prod.rollback.githubActions',
  });

  it('adds the github-actions rollback strategy, which uses the integration of its host', async () => {
    const factory = await addedStrategy({
      integrations: {
        github: [
          {
            host: 'ghe.servanda.test',
            apiBaseUrl: 'https://ghe.servanda.test/api/v3',
            token: 'ghp_x',
          },
        ],
      },
    });
    expect(factory.type).toBe('github-actions');
    const strategy = await factory.create(
      strategyOptions({
        repository: 'servanda/servanda',
        host: 'ghe.servanda.test',
        workflow: 'deploy.yml',
      }),
    );
    expect(strategy.name).toBe(
      'github-actions:ghe.servanda.test/servanda/servanda/deploy.yml',
    );
    expect(typeof strategy.progress).toBe('function');
  });

  it('refuses a rollback block whose host has no integration or no credentials, naming the key', async () => {
    const factory = await addedStrategy({});
    const create = (host: string) => () =>
      factory.create(
        strategyOptions({
          repository: 'servanda/servanda',
          workflow: 'deploy.yml',
          host,
        }),
      );
    const key =
      'releaseReadiness.systems.servanda.environments.prod.rollback.githubActions.host';
    expect(create('git.example.com')).toThrow(
      `Invalid configuration at '${key}': there is no integrations.github entry for 'git.example.com'`,
    );
    // github.com's anonymous entry can read but never dispatch
    expect(create('github.com')).toThrow(
      `Invalid configuration at '${key}': the integrations.github entry for 'github.com' has no token or GitHub App, and dispatching a workflow needs one`,
    );
  });

  it('does not start in a backend that offers no rollback extension point', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [
          [releaseReadinessGateSourcesExtensionPoint, { addGateSource() {} }],
        ],
        features: [
          releaseReadinessModuleGithub,
          mockServices.rootConfig.factory({ data: {} }),
        ],
      }),
    ).rejects.toThrow('release-readiness.rollback-strategies');
  });
});
