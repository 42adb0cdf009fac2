import type {
  EnvironmentReadinessSummary,
  EnvironmentSummary,
  ReadinessResponse,
  ReadinessSourceSummary,
  SourceStatus,
} from '@release-readiness/plugin-release-readiness-common';

/** How many reasons an environment's summary carries; the rest are counted. */
export const SUMMARY_REASONS = 3;

const RANK: Record<SourceStatus, number> = { ok: 0, stale: 1, unavailable: 2 };

/**
 * The landing page's line for one environment, from its readiness evaluation as the readiness
 * route answers it: the verdict unchanged, the worst source status of its items with the oldest
 * "as of", and the first reasons.
 *
 * @remarks
 * An evaluation without items (no policy, an empty policy) read nothing: its source is
 * `unavailable` (`NOT_CONFIGURED`), never `ok`.
 */
export function summarizeReadiness(
  environment: EnvironmentSummary,
  readiness: ReadinessResponse,
): EnvironmentReadinessSummary {
  return {
    name: environment.name,
    title: environment.title,
    order: environment.order,
    verdict: readiness.verdict,
    source: sourceOf(readiness),
    reasons: readiness.reasons.slice(0, SUMMARY_REASONS),
    reasonCount: readiness.reasons.length,
  };
}

function sourceOf(readiness: ReadinessResponse): ReadinessSourceSummary {
  const sources = readiness.items.map(item => item.source);
  if (sources.length === 0) {
    return {
      status: 'unavailable',
      error: {
        type: 'NOT_CONFIGURED',
        message: 'Nothing was read: the readiness policy judges nothing here',
      },
    };
  }
  const worst = sources.reduce((a, b) =>
    RANK[b.status] > RANK[a.status] ? b : a,
  );
  const times = sources
    .map(s => s.fetchedAt)
    .filter((t): t is string => t !== undefined)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return {
    status: worst.status,
    ...(times.length > 0 && { asOf: times[0] }),
    name: worst.name,
    ...(worst.status !== 'ok' && worst.error && { error: worst.error }),
  };
}
