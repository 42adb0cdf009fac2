import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { SourceFactoryOptions } from '@release-readiness/plugin-release-readiness-node';
import { createGithubGateSourceFactory } from './createGithubGateSourceFactory';

const CANARY = 'ghp_canaryTeamTokenThatMustNotLeak000000';
const TEAM_PREFIX =
  'http://localhost:7010/servanda/release-readiness.yaml: environments.prod';

const factory = createGithubGateSourceFactory({
  config: new ConfigReader({
    integrations: {
      github: [
        { host: 'github.com', token: 'ghp_platform' },
        {
          host: 'ghe.servanda.test',
          apiBaseUrl: 'https://ghe.servanda.test/api/v3',
          token: 'ghp_platform',
        },
      ],
    },
  }),
});

function create(
  github: object,
  options: Partial<Omit<SourceFactoryOptions, 'config' | 'logger'>> = {},
) {
  return factory.create({
    environment: 'prod',
    system: 'servanda',
    keyPrefix: 'releaseReadiness.systems.servanda.environments.prod',
    owner: 'platform',
    ...options,
    config: new ConfigReader({ gates: { source: 'github', github } }),
    logger: mockServices.logger.mock(),
  });
}

/** The message `create` throws, failing the test when it does not throw. */
function messageOf(
  github: object,
  options: Partial<Omit<SourceFactoryOptions, 'config' | 'logger'>> = {},
): string {
  try {
    create(github, options);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('create did not throw');
}

const team = { owner: 'team', keyPrefix: TEAM_PREFIX } as const;

describe('createGithubGateSourceFactory', () => {
  it('names keys with the keyPrefix it is given', () => {
    expect(messageOf({ repository: 'servanda' })).toBe(
      "Invalid configuration at 'releaseReadiness.systems.servanda.environments.prod.gates.github.repository': expected owner/repository, e.g. servanda/servanda",
    );
    expect(
      messageOf({ repository: 'servanda/servanda', host: 'git.example.com' }),
    ).toBe(
      "Invalid configuration at 'releaseReadiness.systems.servanda.environments.prod.gates.github.host': there is no integrations.github entry for 'git.example.com'",
    );
    expect(messageOf({ repository: 'servanda' }, team)).toBe(
      `Invalid configuration at '${TEAM_PREFIX}.gates.github.repository': expected owner/repository, e.g. servanda/servanda`,
    );
  });

  it('shares the source key of one repository and ref across systems and environments', async () => {
    const keyOf = async (
      github: object,
      options: Partial<Omit<SourceFactoryOptions, 'config' | 'logger'>>,
    ) => (await create(github, options)).key;
    const servandaProd = await keyOf(
      { repository: 'servanda/servanda', ref: 'v1.9.0' },
      { system: 'servanda', environment: 'prod' },
    );
    expect(servandaProd).toBe('github:github.com/servanda/servanda@v1.9.0');
    // another system's environment of the same name, and a team-owned block, same upstream
    expect(
      await keyOf(
        { repository: 'servanda/servanda', ref: 'v1.9.0' },
        { system: 'wimmelwelt', environment: 'prod', ...team },
      ),
    ).toBe(servandaProd);
    expect(
      await keyOf(
        { repository: 'servanda/servanda', ref: 'main' },
        { system: 'wimmelwelt', environment: 'prod' },
      ),
    ).not.toBe(servandaProd);
  });

  it('lets a team name a repository, a configured host and a ref', async () => {
    const source = await create(
      {
        repository: 'servanda/servanda-ui',
        host: 'ghe.servanda.test',
        ref: 'release/1.9',
      },
      team,
    );
    expect(source).toMatchObject({
      key: 'github:ghe.servanda.test/servanda/servanda-ui@release/1.9',
      defaultRef: 'release/1.9',
      rateLimitGroup: 'github:ghe.servanda.test',
    });
    expect((await create({ repository: 'servanda/servanda' }, team)).key).toBe(
      'github:github.com/servanda/servanda@main',
    );
  });

  it('refuses credentials and API addresses in a team-owned block, naming the key, never the value', () => {
    const message = messageOf(
      {
        repository: 'servanda/servanda',
        token: CANARY,
        apiBaseUrl: `https://x-access-token:${CANARY}@evil.test/api/v3`,
      },
      team,
    );
    expect(message).toBe(
      [
        `Invalid configuration at '${TEAM_PREFIX}.gates.github.token': not allowed in a team's policy file, which may name only repository, host, ref (credentials and API addresses come from the portal's integrations.github)`,
        `Invalid configuration at '${TEAM_PREFIX}.gates.github.apiBaseUrl': not allowed in a team's policy file, which may name only repository, host, ref (credentials and API addresses come from the portal's integrations.github)`,
      ].join('; '),
    );
    expect(message).not.toContain(CANARY);
    expect(
      messageOf(
        { repository: 'servanda/servanda', apps: [{ privateKey: CANARY }] },
        team,
      ),
    ).toContain(`'${TEAM_PREFIX}.gates.github.apps'`);
  });

  it('refuses a team-owned host that integrations.github does not configure', () => {
    expect(
      messageOf({ repository: 'servanda/servanda', host: 'evil.test' }, team),
    ).toBe(
      `Invalid configuration at '${TEAM_PREFIX}.gates.github.host': there is no integrations.github entry for 'evil.test'`,
    );
  });

  it('refuses a host or team-owned ref that carries credentials, without quoting it', () => {
    for (const options of [{}, team]) {
      const message = messageOf(
        {
          repository: 'servanda/servanda',
          host: `x-access-token:${CANARY}@github.com`,
        },
        options,
      );
      expect(message).toMatch(
        /^Invalid configuration at '[^']+\.gates\.github\.host': expected a host name such as github\.com$/,
      );
      expect(message).not.toContain(CANARY);
    }
    for (const ref of [
      `https://x-access-token:${CANARY}@github.com/servanda/servanda`,
      `${CANARY} main`,
      'main..v1.9.0',
    ]) {
      const message = messageOf({ repository: 'servanda/servanda', ref }, team);
      expect(message).toBe(
        `Invalid configuration at '${TEAM_PREFIX}.gates.github.ref': expected a branch, tag or commit name, e.g. main or v1.9.0`,
      );
    }
  });

  it('keeps a platform-owned block as it was: extra keys ignored, any non-empty ref', async () => {
    const source = await create({
      repository: 'servanda/servanda',
      ref: 'refs/heads/main',
      note: 'kept for the platform team',
    });
    expect(source.defaultRef).toBe('refs/heads/main');
  });
});
