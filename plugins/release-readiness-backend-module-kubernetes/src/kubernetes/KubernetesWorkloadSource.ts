import {
  KubeConfig,
  Watch,
  type V1CronJob,
  type V1DaemonSet,
  type V1Deployment,
  type V1Job,
  type V1Pod,
  type V1ReplicaSet,
  type V1StatefulSet,
  type V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import {
  type SourceCallOptions,
  type WorkloadList,
  type WorkloadSource,
} from '@release-readiness/plugin-release-readiness-node';
import { buildWorkloads } from '../parsing/buildWorkloads';
import { OwnerIndex } from '../parsing/OwnerIndex';
import { CallOptions } from './CallOptions';
import { RawListClient } from './RawListClient';
import { KubernetesWatches } from './KubernetesWatches';
import { ListParser } from './ListParser';
import { LIST_TRIMS, ListResource, Trimmed } from './listTrims';
import { PagedCollection } from './PagedCollection';
import { WatchedCollection } from './WatchedCollection';

/** Options of {@link KubernetesWorkloadSource}. */
export interface KubernetesWorkloadSourceOptions {
  /** Shown as `source.name`, e.g. `kubernetes:demo-cluster/servanda-prod`. */
  name: string;
  kubeConfig: KubeConfig;
  namespace: string;
  labelSelector?: string;
  /** Objects per LIST page (`limit`); the `continue` token fetches the rest. Default 500. */
  pageSize?: number;
  /**
   * Keep each collection fresh by LIST then WATCH ({@link WatchedCollection}), tracked here so
   * that the backend's shutdown closes the watches; without it every read lists again.
   */
  watches?: KubernetesWatches;
  /** Parses and trims the LIST bodies (e.g. on worker threads); default on the event loop. */
  parser?: ListParser;
}

/** One collection's reader: items, each filtered by `keep` (per page when paged). */
interface Collection<T> {
  read(
    signal: AbortSignal,
    keep?: (items: T[]) => T[] | Promise<T[]>,
  ): Promise<T[]>;
  /** Watched collections: whether a read answers from the watch, and its change count. */
  watched?: { healthy(): boolean; changes(): number };
}

/**
 * Reads one environment's workloads from its Kubernetes API server: eight namespace-scoped
 * collections, read in parallel, all cancelled by the collector's signal. Requests go through
 * `@kubernetes/client-node` (kubeconfig, credentials, TLS) but each LIST body is `JSON.parse`d
 * once by {@link RawListClient}, without the library's model deserializer, in pages (`limit`,
 * `continue`; {@link PagedCollection}), and every item is cut down to the fields the board reads
 * (`trim…`). With `watches`, each collection is listed once and then kept fresh by a watch
 * ({@link WatchedCollection}): reads answer from what the watch keeps, and list again only when
 * the watch cannot be trusted. Deployments, StatefulSets, DaemonSets, CronJobs and HPAs are
 * selected by the configured label selector; ReplicaSets, Jobs and Pods are read without it
 * (their labels are the pod template's or the Job controller's, not the workload's) and kept only
 * when their controller owner reference names a selected workload ({@link OwnerIndex}).
 */
export class KubernetesWorkloadSource implements WorkloadSource {
  readonly name: string;
  readonly #deployments: Collection<V1Deployment>;
  readonly #statefulSets: Collection<V1StatefulSet>;
  readonly #daemonSets: Collection<V1DaemonSet>;
  readonly #cronJobs: Collection<V1CronJob>;
  readonly #autoscalers: Collection<V2HorizontalPodAutoscaler>;
  readonly #replicaSets: Collection<V1ReplicaSet>;
  readonly #jobs: Collection<V1Job>;
  readonly #pods: Collection<V1Pod>;
  /** With watches: the last answer, and the change counts it was built from. */
  #last?: { changes: string; list: WorkloadList };

  constructor(options: KubernetesWorkloadSourceOptions) {
    this.name = options.name;
    const client = new RawListClient(
      options.kubeConfig,
      new CallOptions(),
      options.parser,
    );
    const watch = options.watches && new Watch(options.kubeConfig);
    const collection = <R extends ListResource>(
      api: string,
      resource: R,
      selected: boolean,
    ): Collection<Trimmed<R>> => {
      const labelSelector = selected ? options.labelSelector : undefined;
      const paged = new PagedCollection({
        client,
        namespace: options.namespace,
        api,
        resource,
        labelSelector,
        pageSize: options.pageSize ?? 500,
      });
      if (!watch || !options.watches) {
        return paged;
      }
      const watched = options.watches.track(
        new WatchedCollection({
          watch,
          path: paged.path,
          labelSelector,
          list: signal => paged.snapshot(signal),
          trim: LIST_TRIMS[resource],
        }),
      );
      return {
        read: async (signal, keep) => {
          const items = await watched.read(signal);
          return keep ? keep(items) : items;
        },
        watched: {
          healthy: () => watched.watching,
          changes: () => watched.changes,
        },
      };
    };
    this.#deployments = collection('/apis/apps/v1', 'deployments', true);
    this.#statefulSets = collection('/apis/apps/v1', 'statefulsets', true);
    this.#daemonSets = collection('/apis/apps/v1', 'daemonsets', true);
    this.#cronJobs = collection('/apis/batch/v1', 'cronjobs', true);
    this.#autoscalers = collection(
      '/apis/autoscaling/v2',
      'horizontalpodautoscalers',
      true,
    );
    this.#replicaSets = collection('/apis/apps/v1', 'replicasets', false);
    this.#jobs = collection('/apis/batch/v1', 'jobs', false);
    this.#pods = collection('/api/v1', 'pods', false);
  }

  /**
   * With watches, an answer built from unchanged collections is the last one again: a refresh
   * while nothing changed costs no rebuild. Without them (or while a watch is unhealthy) every
   * call reads and builds.
   */
  async listWorkloads(options: SourceCallOptions): Promise<WorkloadList> {
    const before = this.#changes();
    if (before !== undefined && this.#last?.changes === before) {
      return this.#last.list;
    }
    const list = await this.#build(options);
    const after = this.#changes();
    if (after !== undefined && after === before) {
      this.#last = { changes: after, list };
    }
    return list;
  }

  /** The change counts of all collections when every one is watched and healthy. */
  #changes(): string | undefined {
    const all = [
      this.#deployments,
      this.#statefulSets,
      this.#daemonSets,
      this.#cronJobs,
      this.#autoscalers,
      this.#replicaSets,
      this.#jobs,
      this.#pods,
    ];
    const counts: number[] = [];
    for (const collection of all) {
      if (!collection.watched?.healthy()) {
        return undefined;
      }
      counts.push(collection.watched.changes());
    }
    return counts.join(',');
  }

  async #build({ signal }: SourceCallOptions): Promise<WorkloadList> {
    const deployments = this.#deployments.read(signal);
    const statefulSets = this.#statefulSets.read(signal);
    const daemonSets = this.#daemonSets.read(signal);
    const cronJobs = this.#cronJobs.read(signal);
    const autoscalers = this.#autoscalers.read(signal);
    const index = Promise.all([
      deployments,
      statefulSets,
      daemonSets,
      cronJobs,
    ]).then(
      ([d, s, ds, cj]) =>
        new OwnerIndex({
          deployments: d,
          statefulSets: s,
          daemonSets: ds,
          cronJobs: cj,
        }),
    );
    // Its rejection is the failed list's, which Promise.all below reports.
    index.catch(() => undefined);
    // The first page of each is requested at once; a page is filtered (and the next one
    // requested) once the owners it needs are known, so at most one unfiltered page is held.
    // Filtering is all the index is used for here: buildWorkloads indexes the kept objects
    // afresh, so a LIST read again after an expired continue token counts nothing twice.
    const replicaSets = this.#replicaSets.read(signal, async items =>
      (await index).adoptReplicaSets(items),
    );
    const jobs = this.#jobs.read(signal, async items =>
      (await index).adoptJobs(items),
    );
    const pods = this.#pods.read(signal, async items => {
      // A pod's controller is a ReplicaSet or Job: those must all be adopted first.
      await Promise.all([replicaSets, jobs]);
      return (await index).adoptPods(items);
    });
    const [d, s, ds, cj, hpa, rs, j, p] = await Promise.all([
      deployments,
      statefulSets,
      daemonSets,
      cronJobs,
      autoscalers,
      replicaSets,
      jobs,
      pods,
    ]);
    return {
      items: buildWorkloads({
        deployments: d,
        statefulSets: s,
        daemonSets: ds,
        replicaSets: rs,
        pods: p,
        cronJobs: cj,
        jobs: j,
        autoscalers: hpa,
      }),
    };
  }
}
