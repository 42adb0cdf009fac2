import type { SourceInfo } from '../sources/types';
import { buildVersionMatrix } from './buildVersionMatrix';
import { summarizeVersionMatrix } from './summarizeVersionMatrix';
import type { RolloutStatus, Workload, WorkloadKind } from './types';

function workload(
  name: string,
  version: string,
  rolloutStatus: RolloutStatus = 'complete',
  kind: WorkloadKind = 'Deployment',
): Workload {
  return {
    kind,
    name,
    namespace: 'ns',
    images: [{ container: name, image: `ghcr.io/servanda/${name}:${version}` }],
    version,
    rolloutStatus,
    restarts: 0,
    managedBy: { tool: 'helm', name },
    findings: [],
  };
}

const ok: SourceInfo = {
  name: 'kubernetes:demo',
  status: 'ok',
  fetchedAt: '2025-01-01T00:00:00.000Z',
};

/** dev and stage are read; what prod is depends on the test. */
function matrix(prod: { source: SourceInfo; items?: Workload[] }) {
  return buildVersionMatrix([
    {
      name: 'dev',
      title: 'Development',
      source: ok,
      items: [
        workload('zeta', '1.0.0'),
        workload('alpha', '1.1.0'),
        workload('beta', '2.0.0', 'failed'),
        workload('gamma', '3.0.0'),
        workload('delta', '4.0.0', 'unknown'),
        workload('redis', '7.2.0', 'complete', 'StatefulSet'),
      ],
    },
    {
      name: 'stage',
      title: 'Staging',
      source: ok,
      items: [
        workload('zeta', '1.0.0', 'progressing'),
        workload('alpha', '1.0.0'),
        workload('beta', '2.0.0'),
        workload('gamma', '3.0.0'),
        workload('redis', '7.2.0', 'complete', 'StatefulSet'),
      ],
    },
    { name: 'prod', title: 'Production', ...prod },
  ]);
}

const freshProd = {
  source: ok,
  items: [
    workload('alpha', '1.0.0'),
    workload('gamma', '3.0.0'),
    workload('redis', '7.2.0', 'complete', 'StatefulSet'),
  ],
};

const names = (rows: { name: string }[]) => rows.map(r => r.name);

describe('summarizeVersionMatrix', () => {
  it('counts each environment and the whole matrix, keeping each source', () => {
    const summary = summarizeVersionMatrix(matrix(freshProd));
    expect(summary.environments).toEqual([
      {
        name: 'dev',
        title: 'Development',
        source: ok,
        workloads: 6,
        healthy: 4,
        unhealthy: 1,
        unknown: 1,
      },
      {
        name: 'stage',
        title: 'Staging',
        source: ok,
        workloads: 5,
        healthy: 4,
        unhealthy: 1,
        unknown: 0,
      },
      {
        name: 'prod',
        title: 'Production',
        source: ok,
        workloads: 3,
        healthy: 3,
        unhealthy: 0,
        unknown: 0,
      },
    ]);
    expect(summary.totals).toEqual({
      workloads: 6,
      drift: 1,
      unhealthy: 2,
      unknown: 1,
    });
  });

  it('orders unhealthy first, then drifting, then the rest by name', () => {
    const summary = summarizeVersionMatrix(matrix(freshProd));
    expect(
      summary.rows.map(r => [r.name, r.health, r.drift, r.cells.length]),
    ).toEqual([
      ['beta', 'unhealthy', false, 3],
      ['zeta', 'unhealthy', false, 3],
      ['alpha', 'healthy', true, 3],
      ['delta', 'unknown', false, 3],
      ['gamma', 'healthy', false, 3],
      ['redis', 'healthy', false, 3],
    ]);
    expect(summary).toMatchObject({ total: 6, offset: 0, limit: 25 });
    expect(summary.nextOffset).toBeUndefined();
  });

  it('pages with offset and limit, and says where the next page starts', () => {
    const first = summarizeVersionMatrix(matrix(freshProd), { limit: 4 });
    expect(names(first.rows)).toEqual(['beta', 'zeta', 'alpha', 'delta']);
    expect(first).toMatchObject({ total: 6, offset: 0, limit: 4 });
    expect(first.nextOffset).toBe(4);

    const last = summarizeVersionMatrix(matrix(freshProd), {
      offset: first.nextOffset,
      limit: 4,
    });
    expect(names(last.rows)).toEqual(['gamma', 'redis']);
    expect(last).toMatchObject({ total: 6, offset: 4, limit: 4 });
    expect(last.nextOffset).toBeUndefined();

    const beyond = summarizeVersionMatrix(matrix(freshProd), { offset: 10 });
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(6);
  });

  it('filters by part of the name and to what needs attention, counting all', () => {
    const byName = summarizeVersionMatrix(matrix(freshProd), { q: ' ETA ' });
    expect(names(byName.rows)).toEqual(['beta', 'zeta']);
    expect(byName.total).toBe(2);
    expect(byName.totals.workloads).toBe(6);

    const attention = summarizeVersionMatrix(matrix(freshProd), {
      attention: true,
    });
    expect(names(attention.rows)).toEqual(['beta', 'zeta', 'alpha']);
    expect(attention.total).toBe(3);

    const both = summarizeVersionMatrix(matrix(freshProd), {
      attention: true,
      q: 'a',
      limit: 1,
    });
    expect(names(both.rows)).toEqual(['beta']);
    expect(both).toMatchObject({ total: 3, nextOffset: 1 });
  });

  it('never counts stale data as healthy', () => {
    const summary = summarizeVersionMatrix(
      matrix({ ...freshProd, source: { ...ok, status: 'stale' } }),
    );
    expect(summary.environments[2]).toMatchObject({
      workloads: 3,
      healthy: 0,
      unhealthy: 0,
      unknown: 3,
    });
    // Every row has a stale cell (deployed or absent there): none is proven healthy.
    expect(summary.rows.map(r => [r.name, r.health])).toEqual([
      ['beta', 'unhealthy'],
      ['zeta', 'unhealthy'],
      ['alpha', 'unknown'],
      ['delta', 'unknown'],
      ['gamma', 'unknown'],
      ['redis', 'unknown'],
    ]);
    expect(summary.totals).toMatchObject({ unhealthy: 2, unknown: 4 });
  });

  it('never counts an unavailable environment as healthy or empty of problems', () => {
    const summary = summarizeVersionMatrix(
      matrix({
        source: {
          name: 'kubernetes:prod',
          status: 'unavailable',
          error: { type: 'TIMEOUT', message: 'timed out' },
        },
      }),
    );
    expect(summary.environments[2]).toMatchObject({
      source: { status: 'unavailable' },
      workloads: 0,
      healthy: 0,
    });
    expect(summary.rows.filter(r => r.health === 'healthy')).toEqual([]);
    expect(summary.totals).toEqual({
      workloads: 6,
      drift: 1,
      unhealthy: 2,
      unknown: 4,
    });
  });

  it('falls back to the first page of 25 for a page that cannot be', () => {
    const many = buildVersionMatrix([
      {
        name: 'dev',
        title: 'Development',
        source: ok,
        items: Array.from({ length: 30 }, (_, i) =>
          workload(`w${String(i).padStart(2, '0')}`, '1.0.0'),
        ),
      },
    ]);
    const summary = summarizeVersionMatrix(many, { offset: -3, limit: 0 });
    expect(summary).toMatchObject({
      offset: 0,
      limit: 25,
      total: 30,
      nextOffset: 25,
    });
    expect(summary.rows).toHaveLength(25);
    expect(summary.rows[0].name).toBe('w00');
  });
});
