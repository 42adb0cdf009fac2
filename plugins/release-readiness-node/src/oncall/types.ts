import type {
  OnCallShift,
  WeeklyHandover,
} from '@release-readiness/plugin-release-readiness-common';
import type { SourceCallOptions, SourceFactory } from '../sources/types';

/**
 * Reads the on-call shifts of one environment: who is primary and who is backup, when.
 *
 * @remarks
 * The backend turns the shifts into the rota (current people, weeks, gaps) with the pure code in
 * `-common`, and links people to catalog users by `entityRef` or e-mail. Sources only report what
 * the upstream says; they never fill a gap with a guess.
 *
 * @public
 */
export interface OnCallSource {
  /**
   * Identifies the upstream data, e.g. `pagerduty:escalation-policy:PT20YPA`. Environments whose
   * sources have the same key share one cached result (and one upstream call), so equal keys
   * must mean equal data. Must not contain credentials.
   */
  readonly key: string;
  /** Shown as the tile's `source.name`. Must not contain credentials. */
  readonly name: string;
  /** How the rota is split into weeks (the team's weekly handover). */
  readonly handover: WeeklyHandover;
  /**
   * Identifies the credential or upstream account whose rate limit this source's calls count
   * against, e.g. a hash of host and credential name. When one call of a group is rate limited
   * (`SourceUnavailableError` of type `RATE_LIMITED` with `retryAfterMs`), the collector calls no
   * source of that group until then and serves their last values as stale. An opaque id: it must
   * not contain the credential itself. Without it, only this source backs off.
   */
  readonly rateLimitGroup?: string;
  /**
   * Lists the shifts that overlap `range` (ISO times; `end` exclusive). A shift without start or
   * end upstream (someone permanently on call) is clipped to the range. Must pass
   * `options.signal` on to every request; throw `SourceUnavailableError` for known failures
   * (with `retryAfterMs` for rate limits).
   */
  listShifts(
    range: { start: string; end: string },
    options: SourceCallOptions,
  ): Promise<OnCallShift[]>;
}

/**
 * Creates an {@link OnCallSource} for each environment whose
 * `releaseReadiness.environments.<env>.onCall.source` names its `type`.
 *
 * @public
 */
export type OnCallSourceFactory = SourceFactory<OnCallSource>;
