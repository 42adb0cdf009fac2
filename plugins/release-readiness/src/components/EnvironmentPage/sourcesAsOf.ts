import type { ReadinessItem } from '@release-readiness/plugin-release-readiness-common';

/**
 * What the header says about the data behind a verdict: the oldest "as of" time of the items'
 * sources (the verdict is no fresher than that) and how many sources are stale or unavailable.
 * `asOf` is undefined when no source has fetched yet.
 */
export function sourcesAsOf(items: Pick<ReadinessItem, 'source'>[]): {
  asOf?: string;
  stale: number;
  unavailable: number;
} {
  let asOf: string | undefined;
  let stale = 0;
  let unavailable = 0;
  const seen = new Set<string>();
  for (const { source } of items) {
    if (source.status === 'unavailable') {
      if (!seen.has(source.name)) unavailable += 1;
    } else {
      if (source.status === 'stale' && !seen.has(source.name)) stale += 1;
      if (
        source.fetchedAt &&
        (asOf === undefined || Date.parse(source.fetchedAt) < Date.parse(asOf))
      ) {
        asOf = source.fetchedAt;
      }
    }
    seen.add(source.name);
  }
  return { asOf, stale, unavailable };
}
