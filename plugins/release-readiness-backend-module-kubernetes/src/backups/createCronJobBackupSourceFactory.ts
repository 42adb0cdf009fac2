import {
  readConfigWithSchema,
  SourceUnavailableError,
  type BackupSourceFactory,
} from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import type { PlatformClusters } from '../clusters/PlatformCluster';
import type { BackupObjects } from './BackupObjects';
import { KubernetesBackupSource } from './KubernetesBackupSource';
import { observeCronJob } from './observeCronJob';
import { refuseLagKind } from './refuseLagKind';
import { resolveBackupTarget } from './resolveBackupTarget';
import { sourceIdentity } from './sourceIdentity';

const itemSchema = z
  .object({
    cronJob: z
      .string()
      .max(52, 'a CronJob name has at most 52 characters')
      .regex(
        /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
        'a CronJob name uses lower-case letters, digits, dashes and dots, starting and ending with a letter or digit',
      ),
  })
  // Loose: rpo, kind, title and the like are the backend's.
  .loose();

/**
 * The `kubernetes-cronjob` backup source: `{ source: kubernetes-cronjob, cronJob: <name> }`, a
 * backup CronJob in the environment's namespace, on the cluster its workloads are read from
 * (live, or an air-gapped cluster's snapshot). Last success: the later of the CronJob's
 * `status.lastSuccessfulTime` and the completion of its succeeded Jobs (found by owner
 * reference); last run: its newest finished Job. A CronJob that does not exist is a `NOT_FOUND`
 * error, "CronJob <name> not found in <namespace>".
 *
 * @param clusters - the platform's clusters (`releaseReadiness.clusters`), read at start-up
 * @param pool - readers shared by the items that read the same cluster or snapshot file
 */
export function createCronJobBackupSourceFactory(
  clusters: PlatformClusters,
  pool: Map<string, BackupObjects>,
): BackupSourceFactory {
  return {
    type: 'kubernetes-cronjob',
    create(options) {
      refuseLagKind(options, 'kubernetes-cronjob');
      const { cronJob } = readConfigWithSchema(
        options.itemConfig,
        '',
        itemSchema,
        options.itemKeyPrefix,
      );
      const target = resolveBackupTarget(options, clusters, pool);
      const { namespace, objects } = target;
      return new KubernetesBackupSource({
        ...sourceIdentity(target, `${namespace}/cronjob/${cronJob}`),
        async observe(signal) {
          const read = await objects.cronJob(namespace, cronJob, signal);
          if (!read.cronJob) {
            throw new SourceUnavailableError(
              'NOT_FOUND',
              `CronJob ${cronJob} not found in ${namespace}`,
            );
          }
          return {
            ...observeCronJob(read.cronJob, read.jobs),
            ...(read.takenAt && { takenAt: read.takenAt }),
          };
        },
      });
    },
  };
}
