import { ConfigReader } from '@backstage/config';
import { readGithubActionsConfig } from './readGithubActionsConfig';

const KEY = 'environments.prod.rollback.githubActions';
const CANARY = 'ghp_canaryTokenThatMustNotLeak0000000000';

function read(block: object, owner: 'platform' | 'team' = 'platform') {
  return readGithubActionsConfig({
    strategyConfig: new ConfigReader(block),
    strategyKeyPrefix: KEY,
    owner,
  });
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('did not throw');
}

describe('readGithubActionsConfig', () => {
  it('reads a block with its defaults', () => {
    expect(read({ repository: 'servanda/servanda', workflow: 161335 })).toEqual(
      {
        repository: 'servanda/servanda',
        owner: 'servanda',
        repo: 'servanda',
        host: 'github.com',
        workflow: '161335',
        ref: 'main',
        inputs: {},
        versions: 'releases',
      },
    );
    expect(
      read({
        repository: 'servanda/servanda',
        host: 'ghe.servanda.test',
        workflow: 'deploy.yaml',
        ref: 'release/1.9',
        inputs: { version: 'v{version}', environment: '{environment}' },
        versions: 'tags',
      }),
    ).toMatchObject({
      host: 'ghe.servanda.test',
      workflow: 'deploy.yaml',
      ref: 'release/1.9',
      inputs: { version: 'v{version}', environment: '{environment}' },
      versions: 'tags',
    });
  });

  it.each([
    [{ workflow: 'deploy.yml' }, `'${KEY}.repository'`],
    [
      { repository: 'servanda/servanda' },
      `'${KEY}.workflow': expected the workflow file name`,
    ],
    [
      {
        repository: 'servanda/servanda',
        workflow: '.github/workflows/deploy.yml',
      },
      `'${KEY}.workflow': expected the workflow file name`,
    ],
    [
      { repository: 'servanda/servanda', workflow: 'deploy.yml', ref: 'x:y@z' },
      `'${KEY}.ref': expected a branch or tag name`,
    ],
    [
      {
        repository: 'servanda/servanda',
        workflow: 'deploy.yml',
        inputs: { version: '{sha}' },
      },
      `'${KEY}.inputs.version': uses an unknown placeholder; the placeholders are {version}, {tag}, {environment}, {workload}, {actor}`,
    ],
    [
      {
        repository: 'servanda/servanda',
        workflow: 'deploy.yml',
        inputs: { 'bad id': '{version}' },
      },
      `'${KEY}.inputs.bad id': expected a workflow input id`,
    ],
    [
      {
        repository: 'servanda/servanda',
        workflow: 'deploy.yml',
        versions: 'branches',
      },
      `'${KEY}.versions'`,
    ],
  ])('refuses %j naming the key', (block, expected) => {
    expect(messageOf(() => read(block))).toContain(
      `Invalid configuration at ${expected}`,
    );
  });

  it('refuses an input value that looks like a credential, without quoting it', () => {
    const message = messageOf(() =>
      read({
        repository: 'servanda/servanda',
        workflow: 'deploy.yml',
        inputs: { token: `Bearer ${CANARY}` },
      }),
    );
    expect(message).toContain(
      `Invalid configuration at '${KEY}.inputs.token': looks like a credential`,
    );
    expect(message).not.toContain(CANARY);
  });

  it('lets a team set the repository, host, workflow, ref, inputs and versions', () => {
    expect(
      read(
        {
          repository: 'servanda/servanda',
          host: 'github.com',
          workflow: 'deploy.yml',
          ref: 'main',
          inputs: { version: '{version}' },
          versions: 'tags',
        },
        'team',
      ),
    ).toMatchObject({ repository: 'servanda/servanda', versions: 'tags' });
  });

  it('refuses anything else in a team block, naming each key and never its value', () => {
    const message = messageOf(() =>
      read(
        {
          repository: 'servanda/servanda',
          workflow: 'deploy.yml',
          token: CANARY,
          apiBaseUrl: 'https://evil.example.com/api/v3',
        },
        'team',
      ),
    );
    expect(message).toBe(
      [
        `Invalid configuration at '${KEY}.token': not allowed in a team's policy file, which may name only repository, host, workflow, ref, inputs, versions (credentials and API addresses come from the portal's integrations.github)`,
        `Invalid configuration at '${KEY}.apiBaseUrl': not allowed in a team's policy file, which may name only repository, host, workflow, ref, inputs, versions (credentials and API addresses come from the portal's integrations.github)`,
      ].join('; '),
    );
    expect(message).not.toContain(CANARY);
    expect(message).not.toContain('evil.example.com');
  });
});
