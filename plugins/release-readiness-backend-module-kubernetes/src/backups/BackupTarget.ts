import type { BackupObjects } from './BackupObjects';

/**
 * Where an environment's Kubernetes backup items are read: the cluster and namespace the
 * environment's workloads are read from, resolved as the workload sources resolve them.
 */
export interface BackupTarget {
  /** `kubernetes` for a live read, `snapshot` for an air-gapped cluster's offline file. */
  mode: 'kubernetes' | 'snapshot';
  /** The cluster's name, as the board shows it. */
  cluster: string;
  /** The environment's namespace. */
  namespace: string;
  /**
   * A platform cluster (`releaseReadiness.clusters.<name>`): the namespace its platform lets
   * the `velero` source read (`veleroNamespace`, default `velero`). Absent for a
   * platform-owned block's own connection, whose items name any namespace.
   */
  platform?: { key: string; veleroNamespace: string };
  /**
   * Appended to source keys of a block's own connection (`@<system>/<environment>`), whose
   * cluster name is only a display name: such keys are never shared across environments.
   */
  keySuffix: string;
  /** Set for a live platform cluster: its calls share one credential's rate limit. */
  rateLimitGroup?: string;
  objects: BackupObjects;
}
