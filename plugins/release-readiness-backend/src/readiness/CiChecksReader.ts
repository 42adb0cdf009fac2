import {
  GateChecks,
  resolveRunningRef,
  RunningRef,
  RunningRefRule,
  SourceInfo,
  Sourced,
  Workload,
} from '@internal/backstage-plugin-release-readiness-common';
import type { GateSource } from '@internal/backstage-plugin-release-readiness-node';
import { JsonValue } from '@backstage/types';
import { LRUCache } from 'lru-cache';
import { CollectJob, Collector } from '../collector/Collector';
import { DEFAULT_COLLECTOR_OPTIONS } from '../collector/readCollectorOptions';
import { EnvironmentSource } from '../sources/SourceRegistry';

/** Reads an environment's workloads (the workloads service's `workloads`). */
export type WorkloadsReader = (
  environment: string,
) => Promise<{ items?: Workload[]; source: SourceInfo }>;

/**
 * Reads the CI check results of each environment's gate source through the collector: for the
 * ref a request names, else the ref the environment runs (from a workload's image tag, when a
 * `runningRef` rule is configured), else the source's default ref.
 *
 * @remarks
 * Of the refs requests name, at most `maxRefsPerEnvironment` (collector option) are kept per
 * environment; the least recently read one is dropped, and its cached result deleted, first. The
 * running and the default ref are never dropped.
 */
export class CiChecksReader {
  readonly #collector: Collector;
  readonly #gateSources: Map<string, GateSource>;
  /**
   * The job of each environment's default ref: registered when no running ref is checked, else
   * used only for requests that name the default ref.
   */
  readonly #defaultJobs = new Map<string, CollectJob<JsonValue>>();
  readonly #runningRefs: Map<string, RunningRefRule>;
  readonly #workloads?: WorkloadsReader;
  /** The registered gate job of each environment's running ref, replaced when the ref changes. */
  readonly #runningJobs = new Map<string, CollectJob<JsonValue>>();
  /** The jobs of the refs requests named, per environment, least recently read first out. */
  readonly #requestedJobs = new Map<
    string,
    LRUCache<string, CollectJob<JsonValue>>
  >();
  readonly #maxRefs: number;

  constructor(options: {
    collector: Collector;
    gateSources: Map<string, EnvironmentSource<GateSource>>;
    runningRefs?: Map<string, RunningRefRule>;
    workloads?: WorkloadsReader;
  }) {
    this.#collector = options.collector;
    this.#runningRefs = options.runningRefs ?? new Map();
    this.#workloads = options.workloads;
    this.#maxRefs =
      options.collector.options.maxRefsPerEnvironment ??
      DEFAULT_COLLECTOR_OPTIONS.maxRefsPerEnvironment;
    this.#gateSources = new Map(
      [...options.gateSources].map(([env, { source }]) => [env, source]),
    );
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
  ): CollectJob<JsonValue> {
    const job: CollectJob<JsonValue> = {
      key: `gates:${source.key}${ref ? `@${ref}` : ''}`,
      sourceName: source.name,
      rateLimitGroup: source.rateLimitGroup,
      fetch: async ({ signal }) =>
        (await source.getChecks(ref ? { ref } : {}, { signal })) as any,
    };
    return register ? this.#collector.register(job) : job;
  }

  /** The CI check results an environment's gates judge; undefined without a gate source. */
  async read(
    environment: string,
    ref: string | undefined,
  ): Promise<Sourced<GateChecks> | undefined> {
    const source = this.#gateSources.get(environment);
    if (!source) {
      return undefined;
    }
    const rule = this.#runningRefs.get(environment);
    if (!ref && rule) {
      const running = await this.#runningRef(environment, rule);
      if (running.ref === undefined) {
        return {
          source: {
            name: source.name,
            status: 'unavailable',
            error: {
              type: 'NOT_FOUND',
              message: `Cannot tell which commit ${environment} runs: ${running.reason}`,
            },
          },
        };
      }
      return (await this.#collector.read(
        this.#runningJob(environment, source, running.ref),
      )) as Sourced<GateChecks>;
    }
    const job = await this.#requestedJob(environment, source, ref);
    return (await this.#collector.read(job)) as Sourced<GateChecks>;
  }

  /**
   * The job for the ref a request names (or none): the default or running ref's job when it is
   * one of those, else a job kept among the environment's recently requested refs.
   */
  async #requestedJob(
    environment: string,
    source: GateSource,
    ref: string | undefined,
  ): Promise<CollectJob<JsonValue>> {
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

  async #runningRef(
    environment: string,
    rule: RunningRefRule,
  ): Promise<RunningRef> {
    if (!this.#workloads) {
      return { reason: 'no workload source is installed' };
    }
    const { items, source } = await this.#workloads(environment);
    if (!items) {
      return {
        reason: `its workloads are unavailable (${
          source.error?.message ?? source.status
        })`,
      };
    }
    return resolveRunningRef(items, rule);
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
