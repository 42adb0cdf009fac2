import type { SourceInfo } from '../sources/types';
import { buildVersionMatrix } from './buildVersionMatrix';
import type { Workload } from './types';

function workload(
  name: string,
  version: string | undefined,
  overrides: Partial<Workload> = {},
): Workload {
  return {
    kind: 'Deployment',
    name,
    namespace: 'ns',
    images: [
      {
        container: name,
        image: `ghcr.io/servanda/${name}:${version ?? 'latest'}`,
      },
    ],
    ...(version !== undefined && { version }),
    rolloutStatus: 'complete',
    restarts: 0,
    managedBy: { tool: 'helm', name },
    findings: [],
    ...overrides,
  };
}

const ok: SourceInfo = {
  name: 'kubernetes:demo',
  status: 'ok',
  fetchedAt: '2025-01-01T00:00:00.000Z',
};

describe('buildVersionMatrix', () => {
  it('has a row per workload, a cell per environment in order, and flags drift', () => {
    const matrix = buildVersionMatrix([
      {
        name: 'dev',
        title: 'Development',
        source: ok,
        items: [
          workload('servanda-api', 'dev-3f2a9c1'),
          workload('postgresql', '16.4.0', { kind: 'StatefulSet' }),
          workload('servanda-frontend', '1.4.2'),
        ],
      },
      {
        name: 'stage',
        title: 'Staging',
        source: { ...ok, status: 'stale' },
        items: [
          workload('servanda-api', 'rc-1.5.0', { rolloutStatus: 'failed' }),
          workload('servanda-frontend', '1.4.2'),
        ],
      },
      {
        name: 'prod',
        title: 'Production',
        source: { name: 'kubernetes:prod', status: 'unavailable' },
      },
    ]);

    expect(matrix.environments.map(e => e.name)).toEqual([
      'dev',
      'stage',
      'prod',
    ]);
    expect(matrix.rows.map(r => `${r.kind}/${r.name}`)).toEqual([
      'Deployment/servanda-api',
      'Deployment/servanda-frontend',
      'StatefulSet/postgresql',
    ]);
    const [api, frontend, postgresql] = matrix.rows;
    expect(api.drift).toBe(true);
    expect(api.cells).toEqual([
      {
        environment: 'dev',
        state: 'deployed',
        version: 'dev-3f2a9c1',
        image: 'ghcr.io/servanda/servanda-api:dev-3f2a9c1',
        rolloutStatus: 'complete',
      },
      {
        environment: 'stage',
        state: 'deployed',
        version: 'rc-1.5.0',
        image: 'ghcr.io/servanda/servanda-api:rc-1.5.0',
        rolloutStatus: 'failed',
        stale: true,
      },
      { environment: 'prod', state: 'unknown' },
    ]);
    // Same version wherever known; the unavailable environment does not make it drift.
    expect(frontend.drift).toBe(false);
    // Deployed in one environment, absent in another: no second version, so no drift.
    expect(postgresql.drift).toBe(false);
    expect(postgresql.cells.map(c => c.state)).toEqual([
      'deployed',
      'absent',
      'unknown',
    ]);
  });

  it('compares images when tags carry no version', () => {
    const matrix = buildVersionMatrix([
      { name: 'a', title: 'A', source: ok, items: [workload('x', undefined)] },
      {
        name: 'b',
        title: 'B',
        source: ok,
        items: [
          workload('x', undefined, {
            images: [{ container: 'x', image: 'ghcr.io/servanda/x:main' }],
          }),
        ],
      },
    ]);
    expect(matrix.rows[0].drift).toBe(true);
    expect(matrix.rows[0].cells[0].version).toBeUndefined();
  });

  it('keeps only the named workloads when asked', () => {
    const matrix = buildVersionMatrix(
      [
        {
          name: 'dev',
          title: 'Development',
          source: ok,
          items: [
            workload('servanda-api', '1.0.0'),
            workload('minio', '1.0.0'),
          ],
        },
      ],
      ['minio', 'not-there'],
    );
    expect(matrix.rows.map(r => r.name)).toEqual(['minio']);
  });

  it('answers no rows, but every column, when nothing is known', () => {
    const matrix = buildVersionMatrix([
      {
        name: 'dev',
        title: 'Development',
        source: { name: 'none', status: 'unavailable' },
      },
    ]);
    expect(matrix).toEqual({
      environments: [
        {
          name: 'dev',
          title: 'Development',
          source: { name: 'none', status: 'unavailable' },
        },
      ],
      rows: [],
    });
  });
});
