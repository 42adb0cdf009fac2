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
import { CollectJob, Collector } from '../collector/Collector';
import { EnvironmentSource } from '../sources/SourceRegistry';

/** Reads an environment's workloads (the workloads service's `workloads`). */
export type WorkloadsReader = (
  environment: string,
) => Promise<{ items?: Workload[]; source: SourceInfo }>;

/**
 * Reads the CI check results of each environment's gate source through the collector: for the
 * ref a request names, else the ref the environment runs (from a workload's image tag, when a
 * `runningRef` rule is configured), else the source's default ref.
 */
export class CiChecksReader {
  readonly #collector: Collector;
  readonly #gateSources: Map<string, GateSource>;
  readonly #gateJobs = new Map<string, CollectJob<any>>();
  readonly #runningRefs: Map<string, RunningRefRule>;
  readonly #workloads?: WorkloadsReader;
  /** The registered gate job of each environment's running ref, replaced when the ref changes. */
  readonly #runningJobs = new Map<string, CollectJob<any>>();

  constructor(options: {
    collector: Collector;
    gateSources: Map<string, EnvironmentSource<GateSource>>;
    runningRefs?: Map<string, RunningRefRule>;
    workloads?: WorkloadsReader;
  }) {
    this.#collector = options.collector;
    this.#runningRefs = options.runningRefs ?? new Map();
    this.#workloads = options.workloads;
    this.#gateSources = new Map(
      [...options.gateSources].map(([env, { source }]) => [env, source]),
    );
    for (const [env, source] of this.#gateSources) {
      if (!this.#runningRefs.has(env)) {
        this.#gateJobs.set(env, this.#gateJob(source, undefined, true));
      }
    }
  }

  #gateJob(source: GateSource, ref: string | undefined, register: boolean) {
    const job: CollectJob<any> = {
      key: `gates:${source.key}${ref ? `@${ref}` : ''}`,
      sourceName: source.name,
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
    const job =
      (!ref || ref === source.defaultRef
        ? this.#gateJobs.get(environment)
        : undefined) ?? this.#gateJob(source, ref, false);
    return (await this.#collector.read(job)) as Sourced<GateChecks>;
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
