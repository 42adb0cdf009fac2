import type { GateChecks } from '@release-readiness/plugin-release-readiness-common';
import type { SourceCallOptions, SourceFactory } from '../sources/types';

/**
 * Reads CI check results for an environment: the checks of the revision the environment runs, or
 * of a release candidate named in the request.
 *
 * @remarks
 * The readiness policy maps check names to gates (e.g. the release gate needs `lint`, `test`,
 * `build`, `trivy`, `owasp`); a configured check that the source does not report counts as
 * pending. Sources report each check's state as the upstream says: `passed`, `failed` or
 * `pending`, with a link.
 *
 * @public
 */
export interface GateSource {
  /**
   * Identifies the upstream data for the default ref, e.g. `github:servanda/servanda@main`.
   * Environments whose sources have the same key share one cached result. No credentials.
   */
  readonly key: string;
  /** Shown as the tile's `source.name`, e.g. `github:servanda/servanda`. No credentials. */
  readonly name: string;
  /** The ref checked when a request names none (a branch, tag or commit), if any. */
  readonly defaultRef?: string;
  /**
   * Identifies the credential or upstream account whose rate limit this source's calls count
   * against, e.g. a hash of host and credential name. When one call of a group is rate limited
   * (`SourceUnavailableError` of type `RATE_LIMITED` with `retryAfterMs`), the collector calls no
   * source of that group until then and serves their last values as stale. An opaque id: it must
   * not contain the credential itself. Without it, only this source backs off.
   */
  readonly rateLimitGroup?: string;
  /**
   * The check results of `ref` (or of the default ref). Must pass `options.signal` on to every
   * request; throw `SourceUnavailableError` for known failures (with `retryAfterMs` for rate
   * limits) and `NOT_FOUND` when the ref does not exist.
   */
  getChecks(
    request: { ref?: string },
    options: SourceCallOptions,
  ): Promise<GateChecks>;
}

/**
 * Creates a {@link GateSource} for each environment whose
 * `releaseReadiness.environments.<env>.gates.source` names its `type`.
 *
 * @public
 */
export type GateSourceFactory = SourceFactory<GateSource>;
