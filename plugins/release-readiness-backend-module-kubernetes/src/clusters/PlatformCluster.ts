import type { KubeConfig } from '@kubernetes/client-node';

/**
 * A platform cluster read live: `releaseReadiness.clusters.<name>` with `url`/`auth` (the
 * connection and its credentials stay with the platform; environments name the cluster).
 */
export interface LiveCluster {
  name: string;
  airGapped: false;
  /** Built once at start-up from the cluster's connection; shared by its environments. */
  kubeConfig: KubeConfig;
  /** The default label selector of the cluster's environments. */
  labelSelector?: string;
  /** The namespace the `velero` backup source may read Velero's Backups in; default `velero`. */
  veleroNamespace?: string;
  /** Keep its environments' workloads fresh by LIST then WATCH (`watch: true`). */
  watch?: boolean;
}

/**
 * An air-gapped platform cluster: `releaseReadiness.clusters.<name>` with `airGapped: true`
 * and one `kubectl get … -o yaml` snapshot file per namespace.
 */
export interface AirGappedCluster {
  name: string;
  airGapped: true;
  /** Absolute path of the snapshot file of each namespace. */
  snapshots: ReadonlyMap<string, string>;
  /** When the snapshots were taken (ISO 8601); default each file's modification time. */
  takenAt?: string;
  /** The namespace of Velero's Backups in the snapshot files; default `velero`. */
  veleroNamespace?: string;
}

/** One cluster of `releaseReadiness.clusters`, validated. */
export type PlatformCluster = LiveCluster | AirGappedCluster;

/** The platform's clusters by name, read at module start-up. */
export type PlatformClusters = ReadonlyMap<string, PlatformCluster>;
