import type { Config } from '@backstage/config';
import type {
  BackupItemKind,
  BackupObservation,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  SourceCallOptions,
  SourceFactory,
  SourceFactoryOptions,
} from '../sources/types';

/**
 * Observes one backup item of an environment: a backup job, a Velero schedule, a timestamp
 * metric, the WAL archiving lag or the last restore test.
 *
 * @remarks
 * Report only what really succeeded: a failed or partially failed backup is never a success
 * (`PartiallyFailed` Velero backups included). Without any success time leave `lastSuccessAt`
 * out: the item then reads `unknown` and blocks, never fresh.
 *
 * @public
 */
export interface BackupSource {
  /** Identifies the upstream object (no credentials), e.g. `cronjob:demo-cluster/servanda-prod/pg-backup`. */
  readonly key: string;
  /** Shown as the item's `source.name`. */
  readonly name: string;
  /** See `WorkloadSource.rateLimitGroup`. */
  readonly rateLimitGroup?: string;
  observe(options: SourceCallOptions): Promise<BackupObservation>;
}

/**
 * What a {@link BackupSourceFactory} gets for one item: the environment's options (its whole
 * block, so a source can read the environment's cluster and namespace) plus the item's own block.
 *
 * @public
 */
export interface BackupSourceFactoryOptions extends SourceFactoryOptions {
  /** The item's name, e.g. `pg-dump`. */
  item: string;
  kind: BackupItemKind;
  /** The item's block, e.g. `backups.items.pg-dump` of the environment. */
  itemConfig: Config;
  /** How messages name the item's block, e.g. `<keyPrefix>.backups.items.pg-dump`. */
  itemKeyPrefix: string;
}

/**
 * Creates a {@link BackupSource} for each backup item whose `source` names its `type`.
 *
 * @public
 */
export interface BackupSourceFactory
  extends Omit<SourceFactory<BackupSource>, 'create'> {
  create(
    options: BackupSourceFactoryOptions,
  ): BackupSource | Promise<BackupSource>;
}
