import type { SourceInfo } from '../sources';

/**
 * What a service-level objective measures.
 *
 * - `availability`: the share of requests that did not fail (errors: the policy's error
 *   matchers, e.g. 5xx), e.g. target 0.999.
 * - `latency`: the share of requests answered within `threshold` seconds, e.g. P99 below 100 ms is
 *   target 0.99 with threshold 0.1; exact only when the threshold is a histogram bucket boundary.
 * - `error-rate`: the share of requests that failed must stay at or below `target`, e.g. 5xx below
 *   0.1 % is target 0.001.
 *
 * @public
 */
export type SloKind = 'availability' | 'latency' | 'error-rate';

/**
 * What an objective is for: `slo` (the service level, with an error budget over the window),
 * `post-deploy` (a limit checked after a deploy, e.g. p95 below 300 ms over 30 min) or
 * `rollback-trigger` (a short-window limit whose breach calls for a rollback, e.g. 5xx above 2 %
 * over 5 min: "firing" or "quiet").
 *
 * @public
 */
export type SloRole = 'slo' | 'post-deploy' | 'rollback-trigger';

/**
 * One objective of a service, as a system's policy defines it.
 *
 * @public
 */
export interface SloObjectiveDefinition {
  /** Stable id, e.g. `availability`, `p99-100ms`, `rollback-5xx`. */
  id: string;
  title: string;
  kind: SloKind;
  role: SloRole;
  /** A ratio 0–1 (see {@link SloKind}). */
  target: number;
  /** For `latency`: the threshold in seconds. */
  threshold?: number;
  /**
   * The window: an ISO 8601 duration (rolling, e.g. `P30D`, `PT5M`) or `calendar-month` (from
   * the start of the month, UTC).
   */
  window: string;
  /** Below this many requests in the window the objective reads "insufficient data". */
  minRequests: number;
}

/**
 * One service of an environment with its objectives and the PromQL label matchers that select
 * its requests and errors.
 *
 * @public
 */
export interface SlaServiceDefinition {
  /** e.g. `api-gateway`. */
  name: string;
  /** The histogram's base name, e.g. `servanda_http_request_duration_seconds`. */
  metric: string;
  /** Label matchers of the service's requests, e.g. `service="api-gateway"`. */
  selector: string;
  /** Label matchers of its errors, added to `selector`, e.g. `status_code=~"5.."`. */
  errorSelector: string;
  objectives: SloObjectiveDefinition[];
}

/**
 * The result status of an objective or a service: `unknown` for no data, insufficient data or
 * an unreadable source, never `pass`.
 *
 * @public
 */
export type SlaStatus = 'pass' | 'warn' | 'fail' | 'unknown';

/**
 * One objective, judged.
 *
 * @public
 */
export interface SloObjectiveResult {
  id: string;
  title: string;
  kind: SloKind;
  role: SloRole;
  target: number;
  threshold?: number;
  /** The window judged, ISO 8601 duration (a calendar month resolved to its length so far). */
  window: string;
  /** The measured ratio (availability, latency compliance or error rate); null without data. */
  actual: number | null;
  status: SlaStatus;
  /** `no-data`, `insufficient-data` when `status` is `unknown` for want of traffic. */
  data: 'ok' | 'no-data' | 'insufficient-data';
  /** The latency threshold is not a bucket boundary: the compliance is interpolated. */
  approximate: boolean;
  /** Requests in the window; null without data. */
  requests: number | null;
  /** For rollback triggers and post-deploy limits: whether the limit is breached now. */
  firing?: boolean;
  /** One sentence, e.g. `99.95% of 1.2M requests (target 99.9%)`. */
  reason: string;
}

/**
 * A burn rate over a pair of windows (SRE workbook, multi-window multi-burn-rate): it fires when
 * both windows burn the budget faster than `threshold`.
 *
 * @public
 */
export interface BurnRate {
  /** e.g. `PT1H`. */
  long: string;
  /** e.g. `PT5M`. */
  short: string;
  /** e.g. 14.4 for 2 % of a 30-day budget in one hour. */
  threshold: number;
  /** How fast the budget burns (1 = exactly at the SLO); null without data. */
  longRate: number | null;
  shortRate: number | null;
  firing: boolean;
}

/**
 * The error budget of a service's main availability (or latency) objective.
 *
 * @public
 */
export interface ErrorBudgetResult {
  /** The objective the budget belongs to. */
  objective: string;
  /** Share of the budget left: 1 untouched, 0 spent, below 0 overspent; null without data. */
  remaining: number | null;
  burnRates: BurnRate[];
  /** Budget left over the window, for a sparkline (bounded number of points). */
  series?: { at: string; remaining: number | null }[];
}

/**
 * One service of `GET /environments/:env/sla`.
 *
 * @public
 */
export interface SlaServiceResult {
  name: string;
  /** The SLO window, ISO 8601 duration. */
  window: string;
  objectives: SloObjectiveResult[];
  errorBudget?: ErrorBudgetResult;
  status: SlaStatus;
}

/**
 * Response of `GET /api/release-readiness/environments/:env/sla`.
 *
 * @public
 */
export interface SlaResponse {
  environment: string;
  services: SlaServiceResult[];
  /**
   * How many warnings the source returned (e.g. Prometheus' `warnings`, partial data): every
   * result is then `unknown`. Their text is not passed on.
   */
  warnings?: number;
  source: SourceInfo;
}

/**
 * The counts a source measured for one service over one window. `null` means the series does
 * not exist (no data), not zero.
 *
 * @public
 */
export interface SlaWindowCounts {
  /** ISO 8601 duration. */
  window: string;
  /** Requests in the window (increase of the histogram's `_count`); null: no series. */
  total: number | null;
  /** Errors in the window; null: the error series is absent (counts as 0 when `total` exists). */
  errors: number | null;
  /** Requests within each asked latency threshold (`_bucket{le=T}`), by threshold in seconds. */
  within?: { threshold: number; count: number | null }[];
}

/**
 * What a source measured for one service.
 *
 * @public
 */
export interface SlaServiceMeasurement {
  service: string;
  windows: SlaWindowCounts[];
  /** The histogram's bucket boundaries (`le`) in seconds, to tell exact from approximate. */
  bucketBoundaries?: number[];
  /** The budget over the SLO window: cumulative counts at evenly spaced moments. */
  series?: { at: string; total: number | null; errors: number | null }[];
}

/**
 * Everything a source measured for one environment.
 *
 * @public
 */
export interface SlaMeasurements {
  services: SlaServiceMeasurement[];
  /** The upstream's warnings (partial data): every result of this read is then `unknown`. */
  warnings?: string[];
}
