import type { BackupObservation } from '@release-readiness/plugin-release-readiness-common';
import type {
  BackupSource,
  SourceCallOptions,
} from '@release-readiness/plugin-release-readiness-node';
import type { BackupObjectsRead } from './BackupObjects';

/**
 * What a Kubernetes backup source observed: a {@link BackupObservation}, plus the snapshot's
 * time when it was read from an air-gapped cluster's offline file (the "as of" of the data).
 */
export type KubernetesBackupObservation = BackupObservation & BackupObjectsRead;

/** Options of {@link KubernetesBackupSource}. */
export interface KubernetesBackupSourceOptions {
  key: string;
  name: string;
  rateLimitGroup?: string;
  /** Reads the objects (with the collector's signal) and observes them. */
  observe(signal: AbortSignal): Promise<KubernetesBackupObservation>;
}

/**
 * One backup item read from Kubernetes (a CronJob, Velero Backups, restore-test Jobs). An
 * observation from an offline snapshot carries `takenAt` and says so in its detail: the data is
 * as old as the snapshot, whatever the age of the backup.
 */
export class KubernetesBackupSource implements BackupSource {
  readonly key: string;
  readonly name: string;
  readonly rateLimitGroup?: string;
  readonly #observe: KubernetesBackupSourceOptions['observe'];

  constructor(options: KubernetesBackupSourceOptions) {
    this.key = options.key;
    this.name = options.name;
    this.rateLimitGroup = options.rateLimitGroup;
    this.#observe = options.observe;
  }

  async observe({
    signal,
  }: SourceCallOptions): Promise<KubernetesBackupObservation> {
    const observation = await this.#observe(signal);
    if (!observation.takenAt) {
      return observation;
    }
    return {
      ...observation,
      detail: [
        observation.detail,
        `offline snapshot as of ${observation.takenAt}`,
      ]
        .filter(Boolean)
        .join('; '),
    };
  }
}
