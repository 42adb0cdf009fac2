import type { SlaMeasurements } from '@release-readiness/plugin-release-readiness-common';
import type { SourceCallOptions, SourceFactory } from '../sources/types';

/**
 * What the backend asks an SLA source to measure for one environment: per service, the request,
 * error and within-threshold counts over each window (the backend then judges them with the pure
 * SLO maths of `-common`).
 *
 * @public
 */
export interface SlaMeasureRequest {
  /** The moment measured (ISO), normally now. */
  at: string;
  services: Array<{
    name: string;
    /** The histogram's base name, e.g. `servanda_http_request_duration_seconds`. */
    metric: string;
    /** Label matchers of the service's requests, e.g. `service="api-gateway"`. */
    selector: string;
    /** Label matchers of its errors, e.g. `status_code=~"5.."`. */
    errorSelector: string;
    /** ISO 8601 durations, e.g. `PT5M`, `PT1H`, `P30D`. */
    windows: string[];
    /** Latency thresholds in seconds whose within-counts are wanted. */
    thresholds: number[];
    /** The budget over time: `points` cumulative counts over `window` (at most 200 points). */
    series?: { window: string; points: number };
  }>;
}

/**
 * Measures request, error and latency counts of an environment's services, e.g. from Prometheus.
 *
 * @remarks
 * A series that does not exist is `null`, never 0: no traffic is "no data". An absent error
 * series while requests exist is `null` too (the evaluation counts it as 0 errors). Upstream
 * warnings (partial data) go into `warnings`; throw `SourceUnavailableError` when the upstream
 * cannot answer (timeouts, 503, 422), never a partial result as a complete one.
 *
 * @public
 */
export interface SlaSource {
  /** Identifies the upstream and its scope (no credentials), e.g. `prometheus:main`. */
  readonly key: string;
  /** Shown as the tile's `source.name`, e.g. `prometheus:main`. */
  readonly name: string;
  /** See `WorkloadSource.rateLimitGroup`. */
  readonly rateLimitGroup?: string;
  measure(
    request: SlaMeasureRequest,
    options: SourceCallOptions,
  ): Promise<SlaMeasurements>;
}

/**
 * Creates an {@link SlaSource} for each environment whose `sla.source` names its `type`.
 *
 * @public
 */
export type SlaSourceFactory = SourceFactory<SlaSource>;
