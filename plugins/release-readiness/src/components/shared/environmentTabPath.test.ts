import { environmentTabPath } from './environmentTabPath';
import type { BoardPaths } from './useBoardPaths';

const paths: Pick<BoardPaths, 'environment'> = {
  environment: (name, env) =>
    `/rr/systems/${encodeURIComponent(name)}/env/${encodeURIComponent(env)}`,
};

describe('environmentTabPath', () => {
  it("is the environment's page for the overview, and a path below it for the other tabs", () => {
    expect(environmentTabPath(paths, 'servanda', 'prod', 'overview')).toBe(
      '/rr/systems/servanda/env/prod',
    );
    expect(environmentTabPath(paths, 'servanda', 'prod', 'sla')).toBe(
      '/rr/systems/servanda/env/prod/sla',
    );
    expect(environmentTabPath(paths, 'a b', 'x/y', 'backups')).toBe(
      '/rr/systems/a%20b/env/x%2Fy/backups',
    );
  });
});
