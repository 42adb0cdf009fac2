import { mockServices } from '@backstage/backend-test-utils';
import { readRollbackLinks } from './readRollbackLinks';

const linksOf = (data: object) =>
  readRollbackLinks(mockServices.rootConfig({ data }));

describe('readRollbackLinks', () => {
  it("links the environment's rollback history under app.baseUrl and the board path", () => {
    expect(
      linksOf({ app: { baseUrl: 'https://portal.example/' } })(
        'servanda',
        'prod',
      ),
    ).toBe(
      'https://portal.example/release-readiness/systems/servanda/env/prod/rollbacks',
    );
    expect(
      linksOf({ releaseReadiness: { boardPath: '/ops/deploys' } })(
        'a b',
        'pr/od',
      ),
    ).toBe('/ops/deploys/systems/a%20b/env/pr%2Fod/rollbacks');
  });

  it.each([
    [
      { releaseReadiness: { boardPath: 'deploys' } },
      'releaseReadiness.boardPath',
    ],
    [{ app: { baseUrl: 'ftp://portal.example' } }, 'app.baseUrl'],
  ])('refuses %j naming %s', (data, key) => {
    expect(() => linksOf(data)).toThrow(`Invalid configuration at '${key}'`);
  });
});
