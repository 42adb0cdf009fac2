import { parseLabelSelector } from './parseLabelSelector';

describe('parseLabelSelector', () => {
  const api = { app: 'api', tier: 'backend' };
  const web = { app: 'web', tier: 'frontend' };
  const bare = { app: 'job' };
  const names = (selector: string) => {
    const matches = parseLabelSelector(selector);
    return Object.entries({ api, web, bare })
      .filter(([, labels]) => matches(labels))
      .map(([name]) => name);
  };

  it.each([
    ['app=api', ['api']],
    ['app==api', ['api']],
    ['app = api', ['api']],
    ['tier!=backend', ['web', 'bare']],
    ['tier', ['api', 'web']],
    ['!tier', ['bare']],
    ['tier in (backend, frontend)', ['api', 'web']],
    ['tier notin (backend)', ['web', 'bare']],
    ['tier in (backend,frontend),app!=web', ['api']],
    ['app.kubernetes.io/component', []],
  ])('%s selects %j, as the API server would', (selector, expected) => {
    expect(names(selector)).toEqual(expected);
  });

  it('treats an object without labels as having none', () => {
    expect(parseLabelSelector('!tier')(undefined)).toBe(true);
    expect(parseLabelSelector('tier')(undefined)).toBe(false);
  });

  it.each([
    ['a b', 1],
    ['app=api,', 2],
    ['app=api,=x', 2],
    ['tier in backend', 1],
    ['app=a b', 1],
    ['app=-api', 1],
    ['Invalid_Prefix/app=api', 1],
    ['', 1],
  ])('refuses %j, naming term %i but never quoting it', (selector, term) => {
    let message = '';
    try {
      parseLabelSelector(selector);
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toBe(
      `is not a valid label selector: term ${term} is not a label requirement (k=v, k!=v, k in (a,b), k notin (a,b), k, !k)`,
    );
  });
});
