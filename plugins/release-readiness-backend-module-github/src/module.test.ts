import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  GateSourceFactory,
  releaseReadinessGateSourcesExtensionPoint,
} from '@internal/backstage-plugin-release-readiness-node';
import { releaseReadinessModuleGithub } from './module';

describe('releaseReadinessModuleGithub', () => {
  async function added(data: object): Promise<GateSourceFactory> {
    const addGateSource = jest.fn();
    await startTestBackend({
      extensionPoints: [
        [releaseReadinessGateSourcesExtensionPoint, { addGateSource }],
      ],
      features: [
        releaseReadinessModuleGithub,
        mockServices.rootConfig.factory({ data }),
      ],
    });
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
    });
  });

  it('refuses an environment whose host has no integration, or a bad repository, naming the key', async () => {
    const factory = await added({});
    const create = (github: object) =>
      factory.create({
        environment: 'prod',
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
});
