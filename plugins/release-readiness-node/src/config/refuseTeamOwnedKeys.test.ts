import { ConfigReader } from '@backstage/config';
import type { JsonValue } from '@backstage/types';
import { refuseTeamOwnedKeys } from './refuseTeamOwnedKeys';

describe('refuseTeamOwnedKeys', () => {
  const check = (block: JsonValue | undefined) => () =>
    refuseTeamOwnedKeys({
      config: new ConfigReader({ gates: { github: block } }),
      key: 'gates.github',
      keyPrefix: 'environments.prod',
      allowed: ['repository', 'ref'],
      reason: 'a team names a repository, never credentials',
    });

  it('lets the allowed keys through', () => {
    expect(
      check({ repository: 'servanda/servanda', ref: 'main' }),
    ).not.toThrow();
    expect(check(undefined)).not.toThrow();
  });

  it('names every other key, never its value', () => {
    expect(
      check({
        repository: 'x/y',
        token: 'ghp_secret-value',
        apiBaseUrl: 'https://evil',
      }),
    ).toThrow(
      "Invalid configuration at 'environments.prod.gates.github.token': a team names a repository, never credentials; Invalid configuration at 'environments.prod.gates.github.apiBaseUrl': a team names a repository, never credentials",
    );
    expect(check({ token: 'ghp_secret-value' })).toThrow(
      /^(?![\s\S]*ghp_secret-value)[\s\S]*gates\.github\.token/,
    );
  });
});
