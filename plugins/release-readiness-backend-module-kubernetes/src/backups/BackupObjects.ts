import type { V1CronJob, V1Job } from '@kubernetes/client-node';
import type { VeleroBackup } from './VeleroBackup';

/** What one read of {@link BackupObjects} found, and as of when (offline snapshots only). */
export interface BackupObjectsRead {
  /** When the snapshot the objects come from was taken (ISO); absent for a live read. */
  takenAt?: string;
}

/**
 * Where the Kubernetes backup sources read their objects: a cluster's API server, live
 * ({@link LiveBackupObjects}), or an air-gapped cluster's offline snapshot file
 * ({@link SnapshotBackupObjects}). Every read is namespace-scoped.
 */
export interface BackupObjects {
  /**
   * The CronJob of that name in the namespace (absent when there is none) and the Jobs it
   * controls, found by controller owner reference (never by labels or names).
   */
  cronJob(
    namespace: string,
    name: string,
    signal: AbortSignal,
  ): Promise<BackupObjectsRead & { cronJob?: V1CronJob; jobs: V1Job[] }>;
  /** The Jobs of the namespace that the label selector selects. */
  jobs(
    namespace: string,
    labelSelector: string,
    signal: AbortSignal,
  ): Promise<BackupObjectsRead & { jobs: V1Job[] }>;
  /** Velero's Backups in its namespace that the label selector selects. */
  veleroBackups(
    namespace: string,
    labelSelector: string,
    signal: AbortSignal,
  ): Promise<BackupObjectsRead & { backups: VeleroBackup[] }>;
}
