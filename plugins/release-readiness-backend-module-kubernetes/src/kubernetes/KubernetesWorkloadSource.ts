import {
  AppsV1Api,
  AutoscalingV2Api,
  BatchV1Api,
  CoreV1Api,
  KubeConfig,
} from '@kubernetes/client-node';
import type {
  SourceCallOptions,
  WorkloadList,
  WorkloadSource,
} from '@internal/backstage-plugin-release-readiness-node';
import { buildWorkloads } from '../parsing/buildWorkloads';
import { OwnerIndex } from '../parsing/OwnerIndex';
import { CallOptions } from './CallOptions';
import { toSourceError } from './toSourceError';

/** Options of {@link KubernetesWorkloadSource}. */
export interface KubernetesWorkloadSourceOptions {
  /** Shown as `source.name`, e.g. `kubernetes:demo-cluster/servanda-prod`. */
  name: string;
  kubeConfig: KubeConfig;
  namespace: string;
  labelSelector?: string;
  /** Objects per LIST page (`limit`); the `continue` token fetches the rest. Default 500. */
  pageSize?: number;
}

interface ListPage<T> {
  items: T[];
  metadata?: { _continue?: string };
}

/**
 * Reads one environment's workloads live from its Kubernetes API server with
 * `@kubernetes/client-node`: eight namespace-scoped LIST calls in pages, in parallel, all
 * cancelled by the collector's signal. Deployments, StatefulSets, DaemonSets, CronJobs and HPAs
 * are selected by the configured label selector; ReplicaSets, Jobs and Pods are listed without
 * it (their labels are the pod template's or the Job controller's, not the workload's) and kept
 * only when their controller owner reference names a selected workload ({@link OwnerIndex}).
 * Every other object is dropped as soon as its page is read.
 */
export class KubernetesWorkloadSource implements WorkloadSource {
  readonly name: string;
  readonly #namespace: string;
  readonly #labelSelector?: string;
  readonly #pageSize: number;
  readonly #apps: AppsV1Api;
  readonly #core: CoreV1Api;
  readonly #batch: BatchV1Api;
  readonly #autoscaling: AutoscalingV2Api;
  readonly #callOptions = new CallOptions();

  constructor(options: KubernetesWorkloadSourceOptions) {
    this.name = options.name;
    this.#namespace = options.namespace;
    this.#labelSelector = options.labelSelector;
    this.#pageSize = options.pageSize ?? 500;
    this.#apps = options.kubeConfig.makeApiClient(AppsV1Api);
    this.#core = options.kubeConfig.makeApiClient(CoreV1Api);
    this.#batch = options.kubeConfig.makeApiClient(BatchV1Api);
    this.#autoscaling = options.kubeConfig.makeApiClient(AutoscalingV2Api);
  }

  async listWorkloads({ signal }: SourceCallOptions): Promise<WorkloadList> {
    const options = this.#callOptions.forCall(signal);
    const namespace = this.#namespace;
    const selected = (cont?: string) => ({
      namespace,
      labelSelector: this.#labelSelector,
      limit: this.#pageSize,
      _continue: cont,
    });
    const owned = (cont?: string) => ({
      namespace,
      limit: this.#pageSize,
      _continue: cont,
    });

    const deployments = this.#all('deployments', c =>
      this.#apps.listNamespacedDeployment(selected(c), options),
    );
    const statefulSets = this.#all('statefulsets', c =>
      this.#apps.listNamespacedStatefulSet(selected(c), options),
    );
    const daemonSets = this.#all('daemonsets', c =>
      this.#apps.listNamespacedDaemonSet(selected(c), options),
    );
    const cronJobs = this.#all('cronjobs', c =>
      this.#batch.listNamespacedCronJob(selected(c), options),
    );
    const autoscalers = this.#all('horizontalpodautoscalers', c =>
      this.#autoscaling.listNamespacedHorizontalPodAutoscaler(
        selected(c),
        options,
      ),
    );
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
    const replicaSets = this.#all(
      'replicasets',
      c => this.#apps.listNamespacedReplicaSet(owned(c), options),
      async items => (await index).adoptReplicaSets(items),
    );
    const jobs = this.#all(
      'jobs',
      c => this.#batch.listNamespacedJob(owned(c), options),
      async items => (await index).adoptJobs(items),
    );
    const pods = this.#all(
      'pods',
      c => this.#core.listNamespacedPod(owned(c), options),
      async items => {
        // A pod's controller is a ReplicaSet or Job: those must all be adopted first.
        await Promise.all([replicaSets, jobs]);
        return (await index).adoptPods(items);
      },
    );
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

  /**
   * Follows `continue` tokens until the list is complete, keeping of each page what `keep`
   * returns (everything by default) before the next page is requested.
   */
  async #all<T>(
    resource: string,
    page: (cont?: string) => Promise<ListPage<T>>,
    keep: (items: T[]) => T[] | Promise<T[]> = items => items,
  ): Promise<T[]> {
    const items: T[] = [];
    let cont: string | undefined;
    do {
      let result: ListPage<T>;
      try {
        result = await page(cont);
      } catch (error) {
        throw toSourceError(error, { resource, namespace: this.#namespace });
      }
      items.push(...(await keep(result.items)));
      cont = result.metadata?._continue || undefined;
    } while (cont);
    return items;
  }
}
