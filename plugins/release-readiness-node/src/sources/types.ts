import { Config } from '@backstage/config';
import { LoggerService } from '@backstage/backend-plugin-api';

/**
 * What a {@link SourceFactory} gets when the backend creates a source for one environment.
 *
 * @public
 */
export interface SourceFactoryOptions {
  /** The environment's key within its system, e.g. `prod`. */
  environment: string;
  /**
   * The system the environment belongs to, e.g. `servanda`. Environment names repeat across
   * systems: put the system into anything that must be unique (source keys, cache keys).
   */
  system: string;
  /**
   * The environment's whole configuration block (e.g.
   * `releaseReadiness.systems.servanda.environments.prod`, or `environments.prod` of a team's
   * policy file). Read what the source needs from it.
   */
  config: Config;
  /**
   * How messages name that block, e.g. `releaseReadiness.systems.servanda.environments.prod`
   * or `environments.prod`; configuration errors must say
   * `Invalid configuration at '<keyPrefix>.<key>': …`.
   */
  keyPrefix: string;
  /**
   * Who owns the block: `platform` (the portal's configuration) or `team` (a policy file in a
   * team's repository). A team-owned block may name platform resources (a cluster, a service
   * id) but must never carry server addresses a source would call with credentials, or
   * credentials: refuse those with a configuration error.
   */
  owner: 'platform' | 'team';
  logger: LoggerService;
}

/**
 * Creates a source of one kind (workloads, gates, incidents, on-call) for one environment.
 *
 * @remarks
 * The backend calls `create` once per environment at start-up, for every environment whose
 * configuration names this factory's `type` (e.g. `workloads.source: kubernetes`). Validate the
 * configuration in `create` and throw: the backend then refuses to start and shows the message,
 * which must name the offending key.
 *
 * @public
 */
export interface SourceFactory<TSource> {
  /** The id that configuration uses to pick this source, e.g. `kubernetes`. */
  readonly type: string;
  create(options: SourceFactoryOptions): TSource | Promise<TSource>;
}

/**
 * Options for every source call.
 *
 * @public
 */
export interface SourceCallOptions {
  /**
   * Aborted when the collector's timeout fires or the backend shuts down. Sources must pass it
   * on to their HTTP client so the request is really cancelled.
   */
  signal: AbortSignal;
}

/**
 * How a rate-limit header states the wait.
 *
 * - `retry-after`: as HTTP's `Retry-After`: delay seconds (`120`; fractions and negative values
 *   are read and then clamped) or an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`), relative to now.
 * - `delta-seconds`: seconds until the limit resets (`30`; fractions and negative values are read
 *   and then clamped), as PagerDuty's `ratelimit-reset`. No dates.
 * - `epoch-seconds`: the time the limit resets as Unix epoch seconds (`1711270800`), relative to
 *   now, as GitHub's `x-ratelimit-reset`. Negative values are malformed.
 *
 * A header's value may also be a number (e.g. a Kubernetes `Status` body's
 * `details.retryAfterSeconds`), read as the seconds of its format.
 *
 * @public
 */
export type RateLimitHeaderFormat =
  | 'retry-after'
  | 'delta-seconds'
  | 'epoch-seconds';

/**
 * One header that can say how long to wait, and how it says it.
 *
 * @public
 */
export interface RateLimitHeader {
  /** The header name, e.g. `retry-after`; looked up case-insensitively. */
  name: string;
  format: RateLimitHeaderFormat;
}

/**
 * The headers of an upstream answer: a fetch `Headers` object, or a plain object as HTTP clients
 * expose them (Octokit's `response.headers`, `@kubernetes/client-node`'s `ApiException.headers`).
 * Values that are neither strings nor numbers are ignored.
 *
 * @public
 */
export type RateLimitHeaderBag = Headers | Readonly<Record<string, unknown>>;

/**
 * Options of `readRetryAfterMs`.
 *
 * @public
 */
export interface ReadRetryAfterOptions {
  /**
   * The headers to read, in order of preference: the first with a usable value gives the wait;
   * an absent or malformed one is skipped.
   */
  headers: readonly RateLimitHeader[];
  /** The current time in epoch milliseconds, for HTTP dates and epoch-seconds resets. */
  now: number;
  /**
   * The wait when no header is usable (all absent or malformed), clamped like the others. Without
   * it, `readRetryAfterMs` then returns `undefined` and the caller decides (e.g. leaves the wait
   * to the collector's default back-off).
   */
  fallbackMs?: number;
}
