import { ApiException, KubeConfig } from '@kubernetes/client-node';
import {
  SourceUnavailableError,
  type SourceCallOptions,
  type WorkloadList,
  type WorkloadSource,
} from '@release-readiness/plugin-release-readiness-node';
import { buildWorkloads } from '../parsing/buildWorkloads';
import { OwnerIndex } from '../parsing/OwnerIndex';
import { CallOptions } from './CallOptions';
import { RawListClient } from './RawListClient';
import { RawObject } from './RawObject';
import { readAllPages } from './readAllPages';
import { toSourceError } from './toSourceError';
import { trimAutoscaler } from './trimAutoscaler';
import { trimCronJob } from './trimCronJob';
import { trimDaemonSet } from './trimDaemonSet';
import { trimDeployment } from './trimDeployment';
import { trimJob } from './trimJob';
import { trimPod } from './trimPod';
import { trimReplicaSet } from './trimReplicaSet';
import { trimStatefulSet } from './trimStatefulSet';

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

/** How a LIST is requested: its API path prefix, resource, and whether the selector applies. */
interface ListCall<T> {
  api: string;
  resource: string;
  selected: boolean;
  trim: (raw: RawObject) => T;
  keep?: (items: T[]) => T[] | Promise<T[]>;
}

/**
 * Reads one environment's workloads live from its Kubernetes API server: eight namespace-scoped
 * LIST calls in pages (`limit`, following `continue`), in parallel, all cancelled by the
 * collector's signal. Requests go through `@kubernetes/client-node` (kubeconfig, credentials,
 * TLS) but each body is `JSON.parse`d once by {@link RawListClient}, without the library's model
 * deserializer, and every item is cut down to the fields the board reads (`trim…`) as its page is
 * read. Deployments, StatefulSets, DaemonSets, CronJobs and HPAs are selected by the configured
 * label selector; ReplicaSets, Jobs and Pods are listed without it (their labels are the pod
 * template's or the Job controller's, not the workload's) and kept only when their controller
 * owner reference names a selected workload ({@link OwnerIndex}). Every other object is dropped
 * as soon as its page is read. A `continue` token the server refuses as expired (410) restarts
 * that LIST once from its first page.
 */
export class KubernetesWorkloadSource implements WorkloadSource {
  readonly name: string;
  readonly #namespace: string;
  readonly #labelSelector?: string;
  readonly #pageSize: number;
  readonly #client: RawListClient;

  constructor(options: KubernetesWorkloadSourceOptions) {
    this.name = options.name;
    this.#namespace = options.namespace;
    this.#labelSelector = options.labelSelector;
    this.#pageSize = options.pageSize ?? 500;
    this.#client = new RawListClient(options.kubeConfig, new CallOptions());
  }

  async listWorkloads({ signal }: SourceCallOptions): Promise<WorkloadList> {
    const list = <T>(call: ListCall<T>) => this.#all(call, signal);
    const deployments = list({
      api: '/apis/apps/v1',
      resource: 'deployments',
      selected: true,
      trim: trimDeployment,
    });
    const statefulSets = list({
      api: '/apis/apps/v1',
      resource: 'statefulsets',
      selected: true,
      trim: trimStatefulSet,
    });
    const daemonSets = list({
      api: '/apis/apps/v1',
      resource: 'daemonsets',
      selected: true,
      trim: trimDaemonSet,
    });
    const cronJobs = list({
      api: '/apis/batch/v1',
      resource: 'cronjobs',
      selected: true,
      trim: trimCronJob,
    });
    const autoscalers = list({
      api: '/apis/autoscaling/v2',
      resource: 'horizontalpodautoscalers',
      selected: true,
      trim: trimAutoscaler,
    });
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
    const replicaSets = list({
      api: '/apis/apps/v1',
      resource: 'replicasets',
      selected: false,
      trim: trimReplicaSet,
      keep: async items => (await index).adoptReplicaSets(items),
    });
    const jobs = list({
      api: '/apis/batch/v1',
      resource: 'jobs',
      selected: false,
      trim: trimJob,
      keep: async items => (await index).adoptJobs(items),
    });
    const pods = list({
      api: '/api/v1',
      resource: 'pods',
      selected: false,
      trim: trimPod,
      keep: async items => {
        // A pod's controller is a ReplicaSet or Job: those must all be adopted first.
        await Promise.all([replicaSets, jobs]);
        return (await index).adoptPods(items);
      },
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

  /** Every page of one LIST, each item trimmed and the page filtered by `keep` as it is read. */
  #all<T>(call: ListCall<T>, signal: AbortSignal): Promise<T[]> {
    const where = { resource: call.resource, namespace: this.#namespace };
    const path = `${call.api}/namespaces/${this.#namespace}/${call.resource}`;
    return readAllPages({
      page: async cont => {
        let page;
        try {
          page = await this.#client.page(
            path,
            {
              labelSelector: call.selected ? this.#labelSelector : undefined,
              limit: String(this.#pageSize),
              continue: cont,
            },
            signal,
          );
        } catch (error) {
          if (cont !== undefined && isGone(error)) {
            throw error;
          }
          throw toSourceError(error, where);
        }
        if (!page) {
          throw new SourceUnavailableError(
            'BAD_RESPONSE',
            `The API server answered with a body that is no list listing ${
              call.resource
            } in namespace ${this.#namespace}`,
          );
        }
        return { items: page.items.map(call.trim), continue: page.continue };
      },
      keep: call.keep,
      isExpired: isGone,
      expiredAgain: () =>
        new SourceUnavailableError(
          'BAD_RESPONSE',
          `The API server expired the continue token twice (HTTP 410) listing ${
            call.resource
          } in namespace ${
            this.#namespace
          }; the list changes faster than pages of ${
            this.#pageSize
          } can be read`,
        ),
    });
  }
}

/** A `410 Gone`: the answer to a `continue` token the API server no longer accepts. */
function isGone(error: unknown): boolean {
  return error instanceof ApiException && error.code === 410;
}
