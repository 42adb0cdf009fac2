import type { BackupSourceFactory } from '@release-readiness/plugin-release-readiness-node';
import type { PlatformClusters } from '../clusters/PlatformCluster';
import type { BackupObjects } from './BackupObjects';
import { createCronJobBackupSourceFactory } from './createCronJobBackupSourceFactory';
import { createJobBackupSourceFactory } from './createJobBackupSourceFactory';
import { createVeleroBackupSourceFactory } from './createVeleroBackupSourceFactory';

/**
 * The Kubernetes backup sources, `kubernetes-cronjob`, `velero` and `kubernetes-job`, sharing
 * one reader per platform cluster (one connection pool) and per snapshot file (one parse).
 *
 * @param clusters - the platform's clusters (`releaseReadiness.clusters`), read at start-up
 */
export function createKubernetesBackupSourceFactories(
  clusters: PlatformClusters,
): BackupSourceFactory[] {
  const pool = new Map<string, BackupObjects>();
  return [
    createCronJobBackupSourceFactory(clusters, pool),
    createVeleroBackupSourceFactory(clusters, pool),
    createJobBackupSourceFactory(clusters, pool),
  ];
}
