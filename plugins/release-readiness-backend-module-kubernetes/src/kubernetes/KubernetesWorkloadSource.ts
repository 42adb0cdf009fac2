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
 * `@kubernetes/client-node`: eight namespace-scoped LIST calls (Deployments, StatefulSets,
 * DaemonSets, ReplicaSets, Pods, CronJobs, Jobs, HPAs), each with the configured label selector,
 * in pages, in parallel, all cancelled by the collector's signal.
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
    const query = (cont?: string) => ({
      namespace,
      labelSelector: this.#labelSelector,
      limit: this.#pageSize,
      _continue: cont,
    });
    const [
      deployments,
      statefulSets,
      daemonSets,
      replicaSets,
      pods,
      cronJobs,
      jobs,
      autoscalers,
    ] = await Promise.all([
      this.#all('deployments', c =>
        this.#apps.listNamespacedDeployment(query(c), options),
      ),
      this.#all('statefulsets', c =>
        this.#apps.listNamespacedStatefulSet(query(c), options),
      ),
      this.#all('daemonsets', c =>
        this.#apps.listNamespacedDaemonSet(query(c), options),
      ),
      this.#all('replicasets', c =>
        this.#apps.listNamespacedReplicaSet(query(c), options),
      ),
      this.#all('pods', c => this.#core.listNamespacedPod(query(c), options)),
      this.#all('cronjobs', c =>
        this.#batch.listNamespacedCronJob(query(c), options),
      ),
      this.#all('jobs', c => this.#batch.listNamespacedJob(query(c), options)),
      this.#all('horizontalpodautoscalers', c =>
        this.#autoscaling.listNamespacedHorizontalPodAutoscaler(
          query(c),
          options,
        ),
      ),
    ]);
    return {
      items: buildWorkloads({
        deployments,
        statefulSets,
        daemonSets,
        replicaSets,
        pods,
        cronJobs,
        jobs,
        autoscalers,
      }),
    };
  }

  /** Follows `continue` tokens until the list is complete. */
  async #all<T>(
    resource: string,
    page: (cont?: string) => Promise<ListPage<T>>,
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
      items.push(...result.items);
      cont = result.metadata?._continue || undefined;
    } while (cont);
    return items;
  }
}
