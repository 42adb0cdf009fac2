import type { OpenIncidents } from '@release-readiness/plugin-release-readiness-common';
import type { SourceCallOptions, SourceFactory } from '../sources/types';

/**
 * Reads the open (triggered or acknowledged) incidents of an environment's services, with their
 * severity mapped to the team's P0–P3.
 *
 * @remarks
 * An incident whose priority and urgency do not map has no `severity`; the readiness rule then
 * reads `unknown` rather than guessing. An environment without an incident source is `unknown`,
 * never "no incidents".
 *
 * @public
 */
export interface IncidentSource {
  /** Identifies the upstream data, e.g. `pagerduty:PSVAPI1,PSVEXP2`. No credentials. */
  readonly key: string;
  /** Shown as the tile's `source.name`. No credentials. */
  readonly name: string;
  /**
   * Identifies the credential or upstream account whose rate limit this source's calls count
   * against, e.g. a hash of host and credential name. When one call of a group is rate limited
   * (`SourceUnavailableError` of type `RATE_LIMITED` with `retryAfterMs`), the collector calls no
   * source of that group until then and serves their last values as stale. An opaque id: it must
   * not contain the credential itself. Without it, only this source backs off.
   */
  readonly rateLimitGroup?: string;
  /**
   * The open incidents. Must pass `options.signal` on to every request; throw
   * `SourceUnavailableError` for known failures (with `retryAfterMs` for rate limits).
   */
  listOpenIncidents(options: SourceCallOptions): Promise<OpenIncidents>;
}

/**
 * Creates an {@link IncidentSource} for each environment whose
 * `releaseReadiness.environments.<env>.incidents.source` names its `type`.
 *
 * @public
 */
export type IncidentSourceFactory = SourceFactory<IncidentSource>;
