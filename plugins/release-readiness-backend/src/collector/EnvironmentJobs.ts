import {
  notConfiguredSource,
  Sourced,
} from '@release-readiness/plugin-release-readiness-common';
import type { SourceCollector } from './collectorTypes';
import type { CollectJob } from './collectorTypes';

/**
 * One registered collector job per environment for one kind of data, read as `Sourced<T>`.
 *
 * @remarks
 * Environments without a job (no source configured) answer an `unavailable` source of type
 * `NOT_CONFIGURED` with the message the kind gives, never an error. Several environments may
 * share one job: jobs with the same `key` are registered once (e.g. one PagerDuty escalation
 * policy for dev and stage).
 */
export class EnvironmentJobs<T> {
  readonly #collector: SourceCollector;
  readonly #jobs: Map<string, CollectJob<T>>;
  readonly #notConfigured: (environment: string) => SourceNotConfigured;

  /**
   * @param options.sources - what serves each environment (a source, a RACI definition, …)
   * @param options.job - the job for one environment's source; its `key` identifies the upstream
   * @param options.notConfigured - the name and message for an environment without a source
   */
  static register<TSource, T>(options: {
    collector: SourceCollector;
    sources: Iterable<[string, TSource]>;
    job: (environment: string, source: TSource) => CollectJob<T>;
    notConfigured: (environment: string) => SourceNotConfigured;
  }): EnvironmentJobs<T> {
    const byKey = new Map<string, CollectJob<T>>();
    const jobs = new Map<string, CollectJob<T>>();
    for (const [environment, source] of options.sources) {
      const candidate = options.job(environment, source);
      let job = byKey.get(candidate.key);
      if (!job) {
        job = options.collector.register(candidate);
        byKey.set(candidate.key, job);
      }
      jobs.set(environment, job);
    }
    return new EnvironmentJobs(options.collector, jobs, options.notConfigured);
  }

  private constructor(
    collector: SourceCollector,
    jobs: Map<string, CollectJob<T>>,
    notConfigured: (environment: string) => SourceNotConfigured,
  ) {
    this.#collector = collector;
    this.#jobs = jobs;
    this.#notConfigured = notConfigured;
  }

  /** True when a source serves `environment`. */
  has(environment: string): boolean {
    return this.#jobs.has(environment);
  }

  /** The environment's data through the collector; `NOT_CONFIGURED` without a source. */
  async read(environment: string): Promise<Sourced<T>> {
    const job = this.#jobs.get(environment);
    if (!job) {
      const { name, message } = this.#notConfigured(environment);
      return { source: notConfiguredSource(name, message) };
    }
    return this.#collector.read(job);
  }

  /** Fetches the environment's data now (e.g. after a write its source reads). */
  async refresh(environment: string): Promise<Sourced<T> | undefined> {
    const job = this.#jobs.get(environment);
    return job && this.#collector.refresh(job);
  }
}

/** How an environment without a source says so. */
export interface SourceNotConfigured {
  /** Shown as `source.name`, e.g. `none` or `catalog`. */
  name: string;
  /** What to configure, e.g. `No on-call source is configured (…onCall)`. */
  message: string;
}
