import { compareWorkloads } from './buildVersionMatrix';
import type { RolloutStatus, VersionCell, VersionsResponse } from './types';
import type {
  VersionRowHealth,
  VersionSummaryEnvironment,
  VersionSummaryQuery,
  VersionSummaryResponse,
  VersionSummaryRow,
} from './versionSummaryTypes';

/** The page size when none is asked for. */
const DEFAULT_LIMIT = 25;

const UNHEALTHY: ReadonlySet<RolloutStatus | undefined> = new Set([
  'failed',
  'progressing',
  'paused',
]);

/** Unhealthy first, then drifting, then the rest. */
const RANK = { unhealthy: 0, drift: 1, rest: 2 } as const;

/** How one environment's cell counts: only a fresh, complete rollout is healthy. */
function cellHealth(cell: VersionCell): VersionRowHealth | undefined {
  if (cell.state === 'unknown') {
    return 'unknown';
  }
  if (cell.state === 'absent') {
    return cell.stale ? 'unknown' : undefined;
  }
  if (UNHEALTHY.has(cell.rolloutStatus)) {
    return 'unhealthy';
  }
  return cell.rolloutStatus === 'complete' && !cell.stale
    ? 'healthy'
    : 'unknown';
}

function rowHealth(cells: readonly VersionCell[]): VersionRowHealth {
  const healths = new Set(cells.map(cellHealth));
  if (healths.has('unhealthy')) {
    return 'unhealthy';
  }
  return healths.has('unknown') || !healths.has('healthy')
    ? 'unknown'
    : 'healthy';
}

function rankOf(row: VersionSummaryRow): number {
  if (row.health === 'unhealthy') {
    return RANK.unhealthy;
  }
  return row.drift ? RANK.drift : RANK.rest;
}

/** A whole number of at least `min`, or `fallback` for anything else. */
function wholeNumber(value: number | undefined, min: number, fallback: number) {
  return value !== undefined && Number.isFinite(value) && value >= min
    ? Math.floor(value)
    : fallback;
}

/**
 * Turns the "deployed where" matrix into a person-sized summary: each environment with its
 * source and its workloads counted by health, totals over the whole matrix (workloads, drift,
 * unhealthy, unknown), and one page of rows, `unhealthy` first, then drifting, then the rest,
 * each by name, filtered by a part of the name (`q`) and to those that need attention
 * (`attention`: unhealthy or drifting).
 *
 * @remarks
 * Never green without proof: a workload counts as healthy only when its rollout is `complete`
 * on fresh data. A stale or unavailable source, or an `unknown` rollout status, makes it
 * `unknown`, never `healthy`.
 *
 * @param matrix - as built by `buildVersionMatrix`
 * @param query - the page (`offset`, default 0; `limit`, default 25) and the filters
 * @public
 */
export function summarizeVersionMatrix(
  matrix: VersionsResponse,
  query: VersionSummaryQuery = {},
): VersionSummaryResponse {
  const offset = wholeNumber(query.offset, 0, 0);
  const limit = wholeNumber(query.limit, 1, DEFAULT_LIMIT);
  const text = query.q?.trim().toLocaleLowerCase('en-US');

  const environments: VersionSummaryEnvironment[] = matrix.environments.map(
    column => ({
      ...column,
      workloads: 0,
      healthy: 0,
      unhealthy: 0,
      unknown: 0,
    }),
  );
  const byName = new Map(environments.map(e => [e.name, e]));
  const totals = { workloads: 0, drift: 0, unhealthy: 0, unknown: 0 };

  const rows: VersionSummaryRow[] = matrix.rows.map(row => {
    for (const cell of row.cells) {
      const environment = byName.get(cell.environment);
      if (environment && cell.state === 'deployed') {
        environment.workloads++;
        const health = cellHealth(cell);
        if (health) {
          environment[health]++;
        }
      }
    }
    const health = rowHealth(row.cells);
    totals.workloads++;
    totals.drift += row.drift ? 1 : 0;
    totals.unhealthy += health === 'unhealthy' ? 1 : 0;
    totals.unknown += health === 'unknown' ? 1 : 0;
    return { ...row, health };
  });

  const matching = rows
    .filter(
      row =>
        (!text || row.name.toLocaleLowerCase('en-US').includes(text)) &&
        (!query.attention || row.health === 'unhealthy' || row.drift),
    )
    .sort(
      (a, b) =>
        rankOf(a) - rankOf(b) ||
        a.name.localeCompare(b.name) ||
        compareWorkloads(a, b),
    );
  const next = offset + limit;
  return {
    environments,
    totals,
    rows: matching.slice(offset, next),
    total: matching.length,
    offset,
    limit,
    ...(next < matching.length && { nextOffset: next }),
  };
}
