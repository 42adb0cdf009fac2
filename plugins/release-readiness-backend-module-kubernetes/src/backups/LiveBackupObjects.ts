import {
  BatchV1Api,
  CustomObjectsApi,
  KubeConfig,
  V1CronJob,
} from '@kubernetes/client-node';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import { CallOptions } from '../kubernetes/CallOptions';
import { OwnerIndex } from '../parsing/OwnerIndex';
import type { BackupObjects } from './BackupObjects';
import { listAllPages } from './listAllPages';
import { veleroBackupListSchema } from './VeleroBackup';

/** Options of {@link LiveBackupObjects}. */
export interface LiveBackupObjectsOptions {
  kubeConfig: KubeConfig;
  /** Objects per LIST page (`limit`); the `continue` token fetches the rest. Default 500. */
  pageSize?: number;
}

/**
 * Reads the backup sources' objects live from a cluster's API server with
 * `@kubernetes/client-node`: namespace-scoped LIST calls only (CronJobs and Jobs of `batch/v1`,
 * Velero's `backups.velero.io/v1` through the custom objects API as raw JSON, checked with zod),
 * in pages, each cancelled by the collector's signal, over one reused connection pool
 * ({@link CallOptions}).
 */
export class LiveBackupObjects implements BackupObjects {
  readonly #batch: BatchV1Api;
  readonly #custom: CustomObjectsApi;
  readonly #pageSize: number;
  readonly #callOptions = new CallOptions();

  constructor(options: LiveBackupObjectsOptions) {
    this.#batch = options.kubeConfig.makeApiClient(BatchV1Api);
    this.#custom = options.kubeConfig.makeApiClient(CustomObjectsApi);
    this.#pageSize = options.pageSize ?? 500;
  }

  async cronJob(namespace: string, name: string, signal: AbortSignal) {
    const options = this.#callOptions.forCall(signal);
    const limit = this.#pageSize;
    const [cronJob]: Array<V1CronJob | undefined> = await listAllPages(
      { resource: 'cronjobs', namespace },
      async cont => {
        const page = await this.#batch.listNamespacedCronJob(
          { namespace, limit, _continue: cont },
          options,
        );
        return { items: page.items, next: page.metadata?._continue };
      },
      items => items.filter(c => c.metadata?.name === name),
    );
    if (!cronJob) {
      return { jobs: [] };
    }
    const index = new OwnerIndex({
      deployments: [],
      statefulSets: [],
      daemonSets: [],
      cronJobs: [cronJob],
    });
    // Without the label selector: a CronJob's Jobs often lack its labels; the owner reference
    // decides.
    const jobs = await listAllPages(
      { resource: 'jobs', namespace },
      async cont => {
        const page = await this.#batch.listNamespacedJob(
          { namespace, limit, _continue: cont },
          options,
        );
        return { items: page.items, next: page.metadata?._continue };
      },
      items => index.adoptJobs(items),
    );
    return { cronJob, jobs };
  }

  async jobs(namespace: string, labelSelector: string, signal: AbortSignal) {
    const options = this.#callOptions.forCall(signal);
    const jobs = await listAllPages(
      { resource: 'jobs', namespace },
      async cont => {
        const page = await this.#batch.listNamespacedJob(
          { namespace, labelSelector, limit: this.#pageSize, _continue: cont },
          options,
        );
        return { items: page.items, next: page.metadata?._continue };
      },
    );
    return { jobs };
  }

  async veleroBackups(
    namespace: string,
    labelSelector: string,
    signal: AbortSignal,
  ) {
    const options = this.#callOptions.forCall(signal);
    const what = { resource: 'backups.velero.io', namespace };
    const backups = await listAllPages(what, async cont => {
      // Custom objects come back as raw JSON (`any` in client-node): checked here, at the edge.
      const raw: unknown = await this.#custom.listNamespacedCustomObject(
        {
          group: 'velero.io',
          version: 'v1',
          namespace,
          plural: 'backups',
          labelSelector,
          limit: this.#pageSize,
          _continue: cont,
        },
        options,
      );
      const page = veleroBackupListSchema.safeParse(raw);
      if (!page.success) {
        throw new SourceUnavailableError(
          'BAD_RESPONSE',
          `The API server answered a list of backups.velero.io in namespace ${namespace} that is not a list of Velero Backups`,
        );
      }
      return { items: page.data.items, next: page.data.metadata?.continue };
    });
    return { backups };
  }
}
