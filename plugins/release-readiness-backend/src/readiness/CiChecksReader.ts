import {
  GateChecks,
  RunningRefRule,
  SourceInfo,
  Sourced,
  Workload,
} from '@release-readiness/plugin-release-readiness-common';
import type { GateSource } from '@release-readiness/plugin-release-readiness-node';
import { LRUCache } from 'lru-cache';
import type { CollectJob, SourceCollector } from '../collector/collectorTypes';
import { DEFAULT_COLLECTOR_OPTIONS } from '../collector/readCollectorOptions';
import { EnvironmentSource } from '../sources/SourceRegistry';
import { ReleaseResolver, ResolvedRelease } from './ReleaseResolver';

/** Reads an environment's workloads (the workloads service's `workloads`). */
export type WorkloadsReader = (
  environment: string,
) => Promise<{ items?: Workload[]; source: SourceInfo }>;

/**
 * Reads the CI check results of each environment's gate source through the collector, for the
 * release the environment is judged for (see `ReleaseResolver`): the ref a request names, else
 * the ref the environment runs (from a workload's image tag, when a `runningRef` rule is
 * configured), else the source's default ref.
 *
 * @remarks
 * Of the refs requests name, at most `maxRefsPerEnvironment` (collector option) are kept per
 * environment; the least recently read one is dropped, and its cached result deleted, first. The
 * running and the default ref are never dropped.
 */
export class CiChecksReader {
  readonly #collector: SourceCollector;
  readonly #gateSources: Map<string, GateSource>;
  /**
   * The job of each environment's default ref: registered when no running ref is checked, else
   * used only for requests that name the default ref.
   */
  readonly #defaultJobs = new Map<string, CollectJob<GateChecks>>();
  readonly #runningRefs: Map<string, RunningRefRule>;
  readonly #releases: ReleaseResolver;
  /** The registered gate job of each environment's running ref, replaced when the ref changes. */
  readonly #runningJobs = new Map<string, CollectJob<GateChecks>>();
  /** The jobs of the refs requests named, per environment, least recently read first out. */
  readonly #requestedJobs = new Map<
    string,
    LRUCache<string, CollectJob<GateChecks>>
  >();
  readonly #maxRefs: number;

  constructor(options: {
    collector: SourceCollector;
    gateSources: Map<string, EnvironmentSource<GateSource>>;
    runningRefs?: Map<string, RunningRefRule>;
    workloads?: WorkloadsReader;
    /** Tells which release an environment is judged for; by default one built from the above. */
    releases?: ReleaseResolver;
  }) {
    this.#collector = options.collector;
    this.#runningRefs = options.runningRefs ?? new Map();
    this.#maxRefs =
      options.collector.options.maxRefsPerEnvironment ??
      DEFAULT_COLLECTOR_OPTIONS.maxRefsPerEnvironment;
    this.#gateSources = new Map(
      [...options.gateSources].map(([env, { source }]) => [env, source]),
    );
    this.#releases =
      options.releases ??
      new ReleaseResolver({
        runningRefs: this.#runningRefs,
        defaultRefs: new Map(),
        workloads: options.workloads,
      });
    for (const [env, source] of this.#gateSources) {
      if (!this.#runningRefs.has(env)) {
        this.#defaultJobs.set(env, this.#gateJob(source, undefined, true));
      } else if (source.defaultRef) {
        // Only asked for when a request names the default ref.
        this.#defaultJobs.set(
          env,
          this.#gateJob(source, source.defaultRef, false),
        );
      }
    }
  }

  #gateJob(
    source: GateSource,
    ref: string | undefined,
    register: boolean,
  ): CollectJob<GateChecks> {
    const job: CollectJob<GateChecks> = {
      key: `gates:${source.key}${ref ? `@${ref}` : ''}`,
      sourceName: source.name,
      rateLimitGroup: source.rateLimitGroup,
      fetch: ({ signal }) => source.getChecks(ref ? { ref } : {}, { signal }),
    };
    return register ? this.#collector.register(job) : job;
  }

  /**
   * The CI check results an environment's gates judge: for `ref` when a request names one, else
   * for the release the environment is judged for; undefined without a gate source.
   */
  async read(
    environment: string,
    ref: string | undefined,
  ): Promise<Sourced<GateChecks> | undefined> {
    if (!this.#gateSources.has(environment)) {
      return undefined;
    }
    return this.readFor(
      environment,
      await this.#releases.resolve(environment, ref),
    );
  }

  /**
   * The CI check results for a release already resolved (so that CI and manual gates judge the
   * same one); undefined without a gate source. When the environment's running release cannot be
   * told, the gates are unavailable with the reason; without a `runningRef` rule and any named
   * release, the source's own default is read.
   */
  async readFor(
    environment: string,
    release: ResolvedRelease,
  ): Promise<Sourced<GateChecks> | undefined> {
    const source = this.#gateSources.get(environment);
    if (!source) {
      return undefined;
    }
    if (release.ref === undefined && this.#runningRefs.has(environment)) {
      return {
        source: {
          name: source.name,
          status: 'unavailable',
          error: { type: 'NOT_FOUND', message: release.reason },
        },
      };
    }
    if (release.ref !== undefined && release.origin === 'running') {
      return this.#collector.read(
        this.#runningJob(environment, source, release.ref),
      );
    }
    const job = await this.#requestedJob(environment, source, release.ref);
    return this.#collector.read(job);
  }

  /**
   * The job for the ref a request names (or none): the default or running ref's job when it is
   * one of those, else a job kept among the environment's recently requested refs.
   */
  async #requestedJob(
    environment: string,
    source: GateSource,
    ref: string | undefined,
  ): Promise<CollectJob<GateChecks>> {
    const defaultJob = this.#defaultJobs.get(environment);
    if (defaultJob && (!ref || ref === source.defaultRef)) {
      return defaultJob;
    }
    const job = this.#gateJob(source, ref, false);
    const running = this.#runningJobs.get(environment);
    if (job.key === running?.key) {
      return running;
    }
    let requested = this.#requestedJobs.get(environment);
    if (!requested) {
      requested = new LRUCache({ max: this.#maxRefs });
      this.#requestedJobs.set(environment, requested);
    }
    const known = requested.get(job.key);
    if (known) {
      return known;
    }
    if (requested.size >= this.#maxRefs) {
      const dropped = requested.pop();
      if (dropped && !this.#isKept(dropped.key)) {
        await this.#collector.forget(dropped.key);
      }
    }
    requested.set(job.key, job);
    return job;
  }

  /** Whether another environment still uses a job with this key (environments may share one). */
  #isKept(key: string): boolean {
    for (const jobs of [this.#defaultJobs, this.#runningJobs]) {
      for (const job of jobs.values()) {
        if (job.key === key) {
          return true;
        }
      }
    }
    return [...this.#requestedJobs.values()].some(jobs => jobs.has(key));
  }

  /** The gate job for the ref an environment runs; after a deploy the old one is dropped. */
  #runningJob(environment: string, source: GateSource, ref: string) {
    const current = this.#runningJobs.get(environment);
    const key = this.#gateJob(source, ref, false).key;
    if (current?.key === key) {
      return current;
    }
    if (current) {
      this.#collector.unregister(current.key);
    }
    const job = this.#gateJob(source, ref, true);
    this.#runningJobs.set(environment, job);
    return job;
  }
}
