import { mockServices } from '@backstage/backend-test-utils';
import { readDecisionLinks } from './readDecisionLinks';

const linksOf = (data: object) =>
  readDecisionLinks(mockServices.rootConfig({ data }));

describe('readDecisionLinks', () => {
  it('links the meeting view under app.baseUrl and the default board path', () => {
    expect(
      linksOf({ app: { baseUrl: 'https://portal.example' } })(
        'servanda',
        'd-1',
      ),
    ).toBe(
      'https://portal.example/release-readiness/systems/servanda/decisions/d-1',
    );
  });

  it('follows releaseReadiness.boardPath, is a path without app.baseUrl, and encodes the segments', () => {
    expect(
      linksOf({ releaseReadiness: { boardPath: '/ops/deploys/' } })(
        'a b',
        'd/1',
      ),
    ).toBe('/ops/deploys/systems/a%20b/decisions/d%2F1');
  });

  it.each([
    [
      { releaseReadiness: { boardPath: 'release-readiness' } },
      'releaseReadiness.boardPath',
    ],
    [
      { releaseReadiness: { boardPath: '/x?y=1' } },
      'releaseReadiness.boardPath',
    ],
    [{ releaseReadiness: { boardPath: 3 } }, 'releaseReadiness.boardPath'],
    [{ app: { baseUrl: 'portal' } }, 'app.baseUrl'],
    [{ app: { baseUrl: 'ftp://portal.example' } }, 'app.baseUrl'],
  ])('refuses %j naming %s', (data, key) => {
    expect(() => linksOf(data)).toThrow(`Invalid configuration at '${key}'`);
  });

  it('refuses an app.baseUrl with credentials without quoting them', () => {
    let message = '';
    try {
      linksOf({ app: { baseUrl: 'https://admin:hunter2@portal.example' } });
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain("Invalid configuration at 'app.baseUrl'");
    expect(message).not.toContain('hunter2');
  });
});
