import type {
  ReadinessVerdict,
  SystemReadinessSummary,
  SystemSummariesResponse,
} from '@release-readiness/plugin-release-readiness-common';
import type { SummariesQuery } from './summariesQuery';

const ATTENTION: Record<ReadinessVerdict, number> = {
  blocked: 0,
  unknown: 1,
  ready: 2,
};

/**
 * The page of `GET /system-summaries` from every system's summary (by title): filtered by owner
 * and text, counted by verdict, filtered by verdict, ordered and cut to `offset`/`limit`.
 */
export function pageOfSummaries(
  all: SystemReadinessSummary[],
  query: SummariesQuery,
): Pick<
  SystemSummariesResponse,
  'items' | 'total' | 'offset' | 'limit' | 'counts'
> {
  const owners = query.owner && new Set(query.owner);
  const text = query.q?.toLocaleLowerCase('en-US');
  const matching = all.filter(
    s =>
      (!owners ||
        (s.owner && owners.has(s.owner.toLocaleLowerCase('en-US')))) &&
      (!text ||
        s.name.includes(text) ||
        s.title.toLocaleLowerCase('en-US').includes(text)),
  );
  const counts = { ready: 0, blocked: 0, unknown: 0 };
  for (const system of matching) {
    counts[system.verdict]++;
  }
  const verdicts = query.verdict && new Set(query.verdict);
  const filtered = verdicts
    ? matching.filter(s => verdicts.has(s.verdict))
    : matching;
  const ordered =
    query.sort === 'verdict'
      ? // A stable sort: by title within each verdict.
        [...filtered].sort(
          (a, b) => ATTENTION[a.verdict] - ATTENTION[b.verdict],
        )
      : filtered;
  return {
    items: ordered.slice(query.offset, query.offset + query.limit),
    total: filtered.length,
    offset: query.offset,
    limit: query.limit,
    counts,
  };
}
