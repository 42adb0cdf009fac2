import {
  readConfigWithSchema,
  type BackupSourceFactory,
} from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import type { PlatformClusters } from '../clusters/PlatformCluster';
import { labelSelectorSchema } from '../config/labelSelectorSchema';
import type { BackupObjects } from './BackupObjects';
import { KubernetesBackupSource } from './KubernetesBackupSource';
import { observeRestoreJobs } from './observeRestoreJobs';
import { refuseLagKind } from './refuseLagKind';
import { resolveBackupTarget } from './resolveBackupTarget';
import { sourceIdentity } from './sourceIdentity';

// Loose: maxAge, rpo, kind and the like are the backend's.
const itemSchema = z.object({ labelSelector: labelSelectorSchema }).loose();

/**
 * The `kubernetes-job` backup source, for restore tests (`backups.restoreTest: { source:
 * kubernetes-job, labelSelector }`) and Job-based backups: the Jobs with those labels in the
 * environment's namespace, on the cluster its workloads are read from (live, or an air-gapped
 * cluster's snapshot). The newest succeeded Job is the last success (its completion time); the
 * newest finished one, failed ones included, is the last run.
 *
 * @param clusters - the platform's clusters (`releaseReadiness.clusters`), read at start-up
 * @param pool - readers shared by the items that read the same cluster or snapshot file
 */
export function createJobBackupSourceFactory(
  clusters: PlatformClusters,
  pool: Map<string, BackupObjects>,
): BackupSourceFactory {
  return {
    type: 'kubernetes-job',
    create(options) {
      refuseLagKind(options, 'kubernetes-job');
      const { labelSelector } = readConfigWithSchema(
        options.itemConfig,
        '',
        itemSchema,
        options.itemKeyPrefix,
      );
      const target = resolveBackupTarget(options, clusters, pool);
      const { namespace, objects } = target;
      return new KubernetesBackupSource({
        ...sourceIdentity(target, `${namespace}/jobs/${labelSelector}`),
        async observe(signal) {
          const read = await objects.jobs(namespace, labelSelector, signal);
          return {
            ...observeRestoreJobs(
              read.jobs,
              `with labels ${labelSelector} in ${namespace}`,
            ),
            ...(read.takenAt && { takenAt: read.takenAt }),
          };
        },
      });
    },
  };
}
