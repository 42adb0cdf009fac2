/** The moments of a budget series: `count` points `stepMs` apart, the last at `endMs`. */
export interface SeriesPlan {
  startMs: number;
  endMs: number;
  stepMs: number;
  count: number;
}

/** Prometheus refuses range queries of more than 11,000 points per series. */
export const MAX_RANGE_POINTS = 11_000;
/**
 * Each point is the increase over one step, so a step must hold several scrapes: at least
 * 5 minutes (the shortest burn-rate window).
 */
export const MIN_SERIES_STEP_MS = 300_000;

/**
 * Plans the range query of a budget series over the `windowMs` before `atMs`: at most `points`
 * (and never more than 11,000) moments, a whole number of seconds and at least 5 minutes apart;
 * a window shorter than that is one point.
 */
export function planSeries(
  windowMs: number,
  points: number,
  atMs: number,
): SeriesPlan {
  const wanted = Math.max(1, Math.min(points, MAX_RANGE_POINTS));
  if (windowMs < MIN_SERIES_STEP_MS) {
    return { startMs: atMs, endMs: atMs, stepMs: windowMs, count: 1 };
  }
  const stepMs = Math.max(
    Math.ceil(windowMs / wanted / 1000) * 1000,
    MIN_SERIES_STEP_MS,
  );
  const count = Math.max(1, Math.min(wanted, Math.floor(windowMs / stepMs)));
  return {
    startMs: atMs - (count - 1) * stepMs,
    endMs: atMs,
    stepMs,
    count,
  };
}
