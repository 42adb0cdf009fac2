import { Config } from '@backstage/config';
import { LoggerService } from '@backstage/backend-plugin-api';

/**
 * What a {@link SourceFactory} gets when the backend creates a source for one environment.
 *
 * @public
 */
export interface SourceFactoryOptions {
  /** The environment's key, e.g. `prod`. */
  environment: string;
  /**
   * The environment's whole configuration block (`releaseReadiness.environments.<environment>`).
   * Read what the source needs from it; errors raised by `Config` name the full key.
   */
  config: Config;
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
