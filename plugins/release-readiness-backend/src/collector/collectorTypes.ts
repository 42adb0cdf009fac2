import type {
  SourceError,
  Sourced,
} from '@release-readiness/plugin-release-readiness-common';
import type { CollectorOptions } from './readCollectorOptions';

/**
 * One thing the collector fetches: a source call for one environment.
 *
 * @remarks
 * `T` must be plain JSON data (objects, arrays, strings, numbers, booleans, null): values are kept
 * in Backstage's cache service, which may be Redis shared by several replicas.
 */
export interface CollectJob<T> {
  /** Unique cache key, e.g. `workloads:prod`. */
  key: string;
  /** Shown as `source.name`, e.g. `kubernetes:demo-cluster/servanda-prod`. */
  sourceName: string;
  /**
   * The credential or upstream account whose rate limit this call counts against (an opaque id,
   * never a secret). When a call of the group is rate limited with a reset time, no job of the
   * group calls its upstream until then. Absent: only this job backs off.
   */
  rateLimitGroup?: string;
  /** The source call. Must pass `signal` on so that a timeout really cancels the request. */
  fetch(options: { signal: AbortSignal }): Promise<T>;
  /** When the data was really taken, if not at fetch time (e.g. an offline snapshot's time). */
  asOf?(value: T): string | undefined;
}

/**
 * A value with its provenance, as the collector answers it (`Sourced` from `-common`). `value`
 * is absent exactly when `source.status` is `unavailable`.
 */
export type Collected<T> = Sourced<T>;

/** What the collector keeps in the cache service for one job. */
export interface CacheEntry {
  /** The last good value (plain JSON data of the job's type). */
  value?: unknown;
  /** When the last good value was fetched (epoch ms). */
  fetchedAt?: number;
  /** When the source says the last good value was taken (ISO time). */
  asOf?: string;
  /** When the last call failed (epoch ms); absent after a success. */
  failedAt?: number;
  /** Why the last call failed, or why no call was made. */
  error?: SourceError;
  /** No call before this time (epoch ms): the source or its rate-limit group asked for it. */
  retryAt?: number;
}

/**
 * What services need of the collector: register jobs (kept warm by the background refresh), read
 * them, forget them. Implemented by the `Collector` and by a system's `ScopedCollector`.
 */
export interface SourceCollector {
  readonly options: CollectorOptions;
  register<T>(job: CollectJob<T>): CollectJob<T>;
  unregister(key: string): void;
  forget(key: string): Promise<void>;
  read<T>(job: CollectJob<T>): Promise<Collected<T>>;
  refresh<T>(job: CollectJob<T>): Promise<Collected<T>>;
}
