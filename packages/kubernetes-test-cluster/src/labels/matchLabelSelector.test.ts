import { matchLabelSelector } from './matchLabelSelector';

describe('matchLabelSelector', () => {
  const api = { app: 'api', tier: 'backend' };
  const web = { app: 'web', tier: 'frontend' };
  const bare = { app: 'job' };
  const names = (selector: string | undefined) => {
    const matches = matchLabelSelector(selector);
    return Object.entries({ api, web, bare })
      .filter(([, labels]) => matches(labels))
      .map(([name]) => name);
  };

  it('matches everything without a selector, and objects without labels only then', () => {
    expect(names(undefined)).toEqual(['api', 'web', 'bare']);
    expect(names('')).toEqual(['api', 'web', 'bare']);
    expect(matchLabelSelector(undefined)(undefined)).toBe(true);
    expect(matchLabelSelector('app')(undefined)).toBe(false);
  });

  it.each([
    ['app=api', ['api']],
    ['app==api', ['api']],
    ['tier!=backend', ['web', 'bare']],
    ['tier', ['api', 'web']],
    ['!tier', ['bare']],
    ['tier in (backend, frontend)', ['api', 'web']],
    ['tier notin (backend)', ['web', 'bare']],
    ['tier in (backend,frontend),app!=web', ['api']],
  ])('%s selects %j', (selector, expected) => {
    expect(names(selector)).toEqual(expected);
  });

  it.each(['app=api,=x', 'a b', 'tier in backend'])(
    'rejects %s as the API server would',
    selector => {
      expect(() => matchLabelSelector(selector)).toThrow(
        /unable to parse requirement/,
      );
    },
  );
});
