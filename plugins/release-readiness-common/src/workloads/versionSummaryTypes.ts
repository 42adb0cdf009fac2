import type { VersionColumn, VersionRow } from './types';

/**
 * How healthy one workload is across the environments, as far as the board can prove it.
 *
 * - `unhealthy`: some environment runs it with a `failed`, `progressing` or `paused` rollout.
 * - `unknown`: nothing says it is unhealthy, but something is not proven: an environment's
 *   source is unavailable, its data is stale, or a rollout status is `unknown`.
 * - `healthy`: every environment was read (fresh), and every one that runs it has a `complete`
 *   rollout.
 *
 * @public
 */
export type VersionRowHealth = 'unhealthy' | 'unknown' | 'healthy';

/**
 * One row of the version summary: a row of the "deployed where" matrix with its health.
 *
 * @public
 */
export interface VersionSummaryRow extends VersionRow {
  health: VersionRowHealth;
}

/**
 * One environment of the version summary: its column of the matrix (name, title, source with
 * status and "as of") and its workloads counted by rollout health.
 *
 * @public
 */
export interface VersionSummaryEnvironment extends VersionColumn {
  /** Workloads its source lists (0 when the source is unavailable: see `source.status`). */
  workloads: number;
  /** Workloads with a `complete` rollout, on data that is not stale. */
  healthy: number;
  /** Workloads with a `failed`, `progressing` or `paused` rollout. */
  unhealthy: number;
  /** Workloads whose health is not proven: rollout status `unknown`, or stale data. */
  unknown: number;
}

/**
 * The whole matrix counted, over every workload (not only the page, not only the filter).
 *
 * @public
 */
export interface VersionSummaryTotals {
  /** Workloads (rows) that any environment runs. */
  workloads: number;
  /** Workloads whose version differs between the environments that run them. */
  drift: number;
  /** Workloads whose health is `unhealthy`. */
  unhealthy: number;
  /** Workloads whose health is `unknown`. */
  unknown: number;
}

/**
 * What the version summary is asked for: a page and filters.
 *
 * @public
 */
export interface VersionSummaryQuery {
  /** Rows to skip (default 0). */
  offset?: number;
  /** Rows per page (default 25). */
  limit?: number;
  /** Only workloads whose name contains this text (case-insensitive). */
  q?: string;
  /** Only workloads that need attention: `unhealthy` or drifting. */
  attention?: boolean;
}

/**
 * Response of `GET /api/release-readiness/version-summary`: the "deployed where" matrix in a
 * person-sized form. It is shaped like a `VersionsResponse` (environments and rows), so a matrix
 * view can show it.
 *
 * @public
 */
export interface VersionSummaryResponse {
  /** Environments in promotion order, with their counts. */
  environments: VersionSummaryEnvironment[];
  totals: VersionSummaryTotals;
  /**
   * The page asked for: `unhealthy` first, then drifting, then the rest, each by name (then
   * kind).
   */
  rows: VersionSummaryRow[];
  /** How many workloads match the filters (`q`, `attention`): the length of all pages. */
  total: number;
  offset: number;
  limit: number;
  /** The offset of the next page; absent on the last page. */
  nextOffset?: number;
}
