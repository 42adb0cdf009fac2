import {
  buildVersionMatrix,
  compareWorkloads,
  SourceInfo,
  summarizeVersionMatrix,
  VersionMatcher,
  VersionsResponse,
  Workload,
  withVersions,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  WorkloadList,
  WorkloadSource,
} from '@release-readiness/plugin-release-readiness-node';
import type { SourceCollector } from '../collector/collectorTypes';
import { EnvironmentJobs } from '../collector/EnvironmentJobs';
import { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import { EnvironmentSource } from '../sources/SourceRegistry';
import { MemoizedBody, ResponseMemo } from './ResponseMemo';

/**
 * What the collector caches per environment: the workloads (versions parsed, sorted) as a JSON
 * string, so that reading the cache does not rebuild thousands of objects and a response can be
 * assembled without parsing.
 */
interface WorkloadsSnapshot {
  json: string;
  takenAt?: string;
}

interface Read {
  source: SourceInfo;
  json?: string;
  type?: string;
}

/** Prepared bodies are kept this long, at most (and never longer than half the cache TTL). */
const MEMO_MS = 5_000;

/**
 * Serves each environment's workloads and the "deployed where" matrix from the collector, so a
 * slow, failing or unreachable source shows as `stale` or `unavailable`, never as an error.
 *
 * @remarks
 * Versions are parsed from image tags once per source read, when the value enters the cache.
 * Responses are prepared once and kept in this process for up to 5 s (at most half the
 * cache TTL), so a crowd of clients costs one cache read. Environments without a workload source answer an `unavailable`
 * source of type `NOT_CONFIGURED` that says what to configure.
 */
export class WorkloadsService {
  readonly #environments: EnvironmentRegistry;
  readonly #jobs: EnvironmentJobs<WorkloadsSnapshot>;
  readonly #types: Map<string, string>;
  readonly #memo: ResponseMemo;
  readonly #parsed = new Map<string, { json: string; items: Workload[] }>();
  /** Each source answer's workloads JSON, for as long as the source keeps that answer. */
  readonly #listed = new WeakMap<WorkloadList, string>();

  constructor(options: {
    environments: EnvironmentRegistry;
    collector: SourceCollector;
    sources: Map<string, EnvironmentSource<WorkloadSource>>;
    matcher: VersionMatcher;
  }) {
    this.#environments = options.environments;
    this.#memo = new ResponseMemo(
      Math.min(MEMO_MS, options.collector.options.cacheTtlMs / 2),
    );
    this.#types = new Map(
      [...options.sources].map(([environment, { type }]) => [
        environment,
        type,
      ]),
    );
    this.#jobs = EnvironmentJobs.register({
      collector: options.collector,
      sources: options.sources,
      job: (environment, { source }) => ({
        key: options.environments.jobKey('workloads', environment),
        sourceName: source.name,
        rateLimitGroup: source.rateLimitGroup,
        fetch: async ({ signal }): Promise<WorkloadsSnapshot> => {
          const list: WorkloadList = await source.listWorkloads({ signal });
          // A source may answer its last list again when nothing changed (the Kubernetes
          // source with watches does): then its versions and JSON are not built again.
          let json = this.#listed.get(list);
          if (json === undefined) {
            const items = list.items
              .map(w => withVersions(w, options.matcher))
              .sort(compareWorkloads);
            json = JSON.stringify(items);
            this.#listed.set(list, json);
          }
          return {
            json,
            ...(list.takenAt && { takenAt: list.takenAt }),
          };
        },
        asOf: value => value.takenAt,
      }),
      notConfigured: name => ({
        name: 'none',
        message: `No workload source for '${name}': set ${
          this.#environments.get(name).keyPrefix
        }.workloads.source to an installed workload source`,
      }),
    });
  }

  /**
   * One environment's workloads as a `WorkloadsResponse` body; a 404 `NotFoundError` for an
   * unknown environment.
   */
  environmentBody(name: string): Promise<MemoizedBody> {
    this.#environments.get(name);
    return this.#memo.get(`environment:${name}`, async () => {
      const { json, source, type } = await this.#read(name);
      return `{"environment":${JSON.stringify(name)},${
        type ? `"sourceType":${JSON.stringify(type)},` : ''
      }"items":${json ?? '[]'},"source":${JSON.stringify(source)}}`;
    });
  }

  /**
   * The matrix of every environment's workloads as a `VersionsResponse` body, read in parallel
   * (bounded by the collector).
   *
   * @param names - when given, only workloads with these names
   */
  versionsBody(names?: string[]): Promise<MemoizedBody> {
    const key = names ? [...names].sort().join(',') : '*';
    return this.#memo.get(`versions:${key}`, async () =>
      JSON.stringify(await this.#matrix(names)),
    );
  }

  /**
   * The person-sized summary of the matrix as a `VersionSummaryResponse` body: counts per
   * environment and in total, and one page of rows (unhealthy first, then drifting), filtered.
   */
  versionSummaryBody(query: {
    offset: number;
    limit: number;
    q?: string;
    attention: boolean;
  }): Promise<MemoizedBody> {
    const key = JSON.stringify([
      query.offset,
      query.limit,
      query.q ?? '',
      query.attention,
    ]);
    return this.#memo.get(`version-summary:${key}`, async () =>
      JSON.stringify(summarizeVersionMatrix(await this.#matrix(), query)),
    );
  }

  async #matrix(names?: string[]): Promise<VersionsResponse> {
    const columns = await Promise.all(
      this.#environments.list().map(async ({ summary }) => {
        const { json, source } = await this.#read(summary.name);
        return {
          name: summary.name,
          title: summary.title,
          source,
          items:
            json === undefined ? undefined : this.#items(summary.name, json),
        };
      }),
    );
    return buildVersionMatrix(columns, names);
  }

  /**
   * One environment's workloads with their source, for other services (e.g. which commit an
   * environment runs). `items` is absent when the source is unavailable.
   */
  async workloads(
    environment: string,
  ): Promise<{ items?: Workload[]; source: SourceInfo }> {
    const name = this.#environments.get(environment).summary.name;
    const { json, source } = await this.#read(name);
    return json === undefined
      ? { source }
      : { items: this.#items(name, json), source };
  }

  /** The type of the environment's workload source, e.g. `kubernetes`; undefined without one. */
  sourceType(environment: string): string | undefined {
    return this.#types.get(this.#environments.get(environment).summary.name);
  }

  /**
   * Reads the environment's workloads from its source now (not from the cache), and makes the
   * next board read show them (after a rollback, while it is verified).
   */
  async refresh(
    environment: string,
  ): Promise<{ items?: Workload[]; source: SourceInfo }> {
    const name = this.#environments.get(environment).summary.name;
    await this.#jobs.refresh(name);
    this.#memo.clear();
    return this.workloads(name);
  }

  /** Parses an environment's workloads once per distinct cached value. */
  #items(name: string, json: string): Workload[] {
    const known = this.#parsed.get(name);
    if (known?.json === json) {
      return known.items;
    }
    const items = JSON.parse(json) as Workload[];
    this.#parsed.set(name, { json, items });
    return items;
  }

  async #read(name: string): Promise<Read> {
    const { value, source } = await this.#jobs.read(name);
    return { json: value?.json, source, type: this.#types.get(name) };
  }
}
