import { InputError } from '@backstage/errors';
import {
  readConfigWithSchema,
  type BackupSourceFactory,
} from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import type { PlatformClusters } from '../clusters/PlatformCluster';
import { labelSelectorSchema } from '../config/labelSelectorSchema';
import { namespaceNameSchema } from '../config/namespaceNameSchema';
import type { BackupObjects } from './BackupObjects';
import { DEFAULT_VELERO_NAMESPACE } from './DEFAULT_VELERO_NAMESPACE';
import { KubernetesBackupSource } from './KubernetesBackupSource';
import { observeVeleroBackups } from './observeVeleroBackups';
import { refuseLagKind } from './refuseLagKind';
import { resolveBackupTarget } from './resolveBackupTarget';
import { sourceIdentity } from './sourceIdentity';

/** The label Velero puts on the Backups a Schedule creates. */
const SCHEDULE_LABEL = 'velero.io/schedule-name';

const itemSchema = z
  .object({
    schedule: z
      .string()
      .max(63, 'a Velero schedule name has at most 63 characters')
      .regex(
        /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
        'a Velero schedule name uses lower-case letters, digits, dashes and dots, starting and ending with a letter or digit',
      )
      .optional(),
    namespace: namespaceNameSchema.optional(),
    labelSelector: labelSelectorSchema.optional(),
  })
  // Loose: rpo, kind, title and the like are the backend's.
  .loose()
  .refine(
    item => item.schedule !== undefined || item.labelSelector !== undefined,
    {
      path: ['schedule'],
      message:
        'name the Velero schedule (or a labelSelector) whose backups count: without either, any backup in the namespace would',
    },
  );

/**
 * The `velero` backup source: `{ source: velero, schedule?, namespace?, labelSelector? }`, the
 * Velero `Backup`s (`velero.io/v1`, read through the custom objects API) of a schedule (label
 * `velero.io/schedule-name`) and/or a label selector, on the cluster the environment's workloads
 * are read from (live, or an air-gapped cluster's snapshot, if it holds Backups). Only
 * `Completed` counts as a success; see {@link observeVeleroBackups}.
 *
 * @remarks
 * On a platform cluster the Velero namespace is the platform's: the cluster's `veleroNamespace`
 * (default `velero`); an item may repeat it but never name another (a team would otherwise read
 * any namespace the reader can list). A platform-owned block's own connection reads the item's
 * `namespace` (default `velero`).
 *
 * @param clusters - the platform's clusters (`releaseReadiness.clusters`), read at start-up
 * @param pool - readers shared by the items that read the same cluster or snapshot file
 */
export function createVeleroBackupSourceFactory(
  clusters: PlatformClusters,
  pool: Map<string, BackupObjects>,
): BackupSourceFactory {
  return {
    type: 'velero',
    create(options) {
      refuseLagKind(options, 'velero');
      const item = readConfigWithSchema(
        options.itemConfig,
        '',
        itemSchema,
        options.itemKeyPrefix,
      );
      const target = resolveBackupTarget(options, clusters, pool);
      const allowed = target.platform?.veleroNamespace;
      const namespace = item.namespace ?? allowed ?? DEFAULT_VELERO_NAMESPACE;
      if (target.platform && namespace !== allowed) {
        throw new InputError(
          `Invalid configuration at '${options.itemKeyPrefix}.namespace': cluster '${target.cluster}' lets backup items read Velero backups only in namespace '${allowed}' (${target.platform.key}.veleroNamespace)`,
        );
      }
      const selector = [
        item.schedule && `${SCHEDULE_LABEL}=${item.schedule}`,
        item.labelSelector,
      ]
        .filter(Boolean)
        .join(',');
      const of = item.schedule
        ? `of schedule ${item.schedule} in namespace ${namespace}`
        : `with labels ${selector} in namespace ${namespace}`;
      return new KubernetesBackupSource({
        ...sourceIdentity(target, `${namespace}/backups.velero.io/${selector}`),
        async observe(signal) {
          const read = await target.objects.veleroBackups(
            namespace,
            selector,
            signal,
          );
          return {
            ...observeVeleroBackups(read.backups, of),
            ...(read.takenAt && { takenAt: read.takenAt }),
          };
        },
      });
    },
  };
}
