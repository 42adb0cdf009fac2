import { JsonObject } from '@backstage/types';
import {
  buildVersionMatrix,
  compareWorkloads,
  SourceInfo,
  VersionMatcher,
  VersionsResponse,
  Workload,
  WorkloadsResponse,
  withVersions,
} from '@internal/backstage-plugin-release-readiness-common';
import type {
  WorkloadList,
  WorkloadSource,
} from '@internal/backstage-plugin-release-readiness-node';
import { CollectJob, Collector } from '../collector/Collector';
import { EnvironmentRegistry } from '../service/EnvironmentRegistry';
import { EnvironmentSource } from '../sources/SourceRegistry';

interface Collected {
  items: Workload[];
  takenAt?: string;
}

/**
 * Serves each environment's workloads and the "deployed where" matrix from the collector, so a
 * slow, failing or unreachable source shows as `stale` or `unavailable`, never as an error.
 *
 * @remarks
 * Versions are parsed from image tags once per source read, when the value enters the cache.
 * Environments without a workload source answer an `unavailable` source of type
 * `NOT_CONFIGURED` that says what to configure.
 */
export class WorkloadsService {
  readonly #environments: EnvironmentRegistry;
  readonly #collector: Collector;
  readonly #jobs = new Map<
    string,
    { type: string; job: CollectJob<JsonObject> }
  >();

  constructor(options: {
    environments: EnvironmentRegistry;
    collector: Collector;
    sources: Map<string, EnvironmentSource<WorkloadSource>>;
    matcher: VersionMatcher;
  }) {
    this.#environments = options.environments;
    this.#collector = options.collector;
    for (const [environment, { type, source }] of options.sources) {
      const job = options.collector.register<JsonObject>({
        key: `workloads:${environment}`,
        sourceName: source.name,
        fetch: async ({ signal }) => {
          const list: WorkloadList = await source.listWorkloads({ signal });
          const collected: Collected = {
            items: list.items
              .map(w => withVersions(w, options.matcher))
              .sort(compareWorkloads),
            ...(list.takenAt && { takenAt: list.takenAt }),
          };
          // Workloads are plain JSON data; the interfaces just lack an index signature.
          return collected as unknown as JsonObject;
        },
        asOf: value => (value as unknown as Collected).takenAt,
      });
      this.#jobs.set(environment, { type, job });
    }
  }

  /** One environment's workloads; a 404 `NotFoundError` for an unknown environment. */
  async forEnvironment(name: string): Promise<WorkloadsResponse> {
    this.#environments.get(name);
    const { items, source, type } = await this.#read(name);
    return {
      environment: name,
      ...(type && { sourceType: type }),
      items: items ?? [],
      source,
    };
  }

  /**
   * The matrix of every environment's workloads, read in parallel (bounded by the collector).
   *
   * @param names - when given, only workloads with these names
   */
  async versions(names?: string[]): Promise<VersionsResponse> {
    const columns = await Promise.all(
      this.#environments.list().map(async ({ summary }) => {
        const { items, source } = await this.#read(summary.name);
        return { name: summary.name, title: summary.title, source, items };
      }),
    );
    return buildVersionMatrix(columns, names);
  }

  async #read(
    name: string,
  ): Promise<{ items?: Workload[]; source: SourceInfo; type?: string }> {
    const entry = this.#jobs.get(name);
    if (!entry) {
      return { source: this.#notConfigured(name) };
    }
    const { value, source } = await this.#collector.read(entry.job);
    const collected = value as unknown as Collected | undefined;
    return { items: collected?.items, source, type: entry.type };
  }

  #notConfigured(name: string): SourceInfo {
    return {
      name: 'none',
      status: 'unavailable',
      error: {
        type: 'NOT_CONFIGURED',
        message: `No workload source for '${name}': set releaseReadiness.environments.${name}.workloads.source (kubernetes with kubernetes.url and auth, or snapshot with workloads.path) and install the Kubernetes module`,
      },
    };
  }
}
