import type {
  EnvironmentTarget,
  Workload,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  SourceCallOptions,
  SourceFactory,
  SourceFactoryOptions,
} from '../sources/types';

/**
 * What a {@link WorkloadSource} returns: every workload of one environment.
 *
 * @public
 */
export interface WorkloadList {
  /**
   * The workloads. Sources fill in `images[].image`; the backend adds tags, digests and versions
   * with the configured version patterns, so sources may leave those out.
   */
  items: Workload[];
  /**
   * When the data was really taken, as an ISO time, if not at the time of the call, e.g. the
   * time of an offline snapshot file. The board shows it as "as of".
   */
  takenAt?: string;
}

/**
 * Reads the workloads of one environment (a Kubernetes cluster and namespace, an offline
 * snapshot, or anything else a module can read).
 *
 * @public
 */
export interface WorkloadSource {
  /**
   * Shown as the tile's `source.name`, e.g. `kubernetes:demo-cluster/servanda-prod`. Must not
   * contain credentials.
   */
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
   * Lists the workloads. Must pass `options.signal` to every request so that the collector's
   * timeout really cancels it; throw `SourceUnavailableError` for failures whose reason is known.
   */
  listWorkloads(options: SourceCallOptions): Promise<WorkloadList>;
}

/**
 * Creates a {@link WorkloadSource} for each environment whose
 * `releaseReadiness.environments.<env>.workloads.source` names its `type` (or that the factory
 * says it `configures`), and describes where such an environment runs.
 *
 * @public
 */
export interface WorkloadSourceFactory extends SourceFactory<WorkloadSource> {
  /**
   * True when an environment that names no `workloads.source` is still configured for this
   * source, e.g. the Kubernetes module's: the environment's `kubernetes` block says how to reach
   * an API server. The first installed factory that says so serves it.
   */
  configures?(options: Omit<SourceFactoryOptions, 'logger'>): boolean;
  /**
   * Where an environment this factory serves runs, for the board (e.g.
   * `{ label: 'eu-1/servanda-prod', offline: false }`); undefined when the configuration does
   * not tell. No credentials.
   */
  describeTarget?(
    options: Omit<SourceFactoryOptions, 'logger'>,
  ): EnvironmentTarget | undefined;
}
