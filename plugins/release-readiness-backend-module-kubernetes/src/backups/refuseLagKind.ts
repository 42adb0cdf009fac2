import { InputError } from '@backstage/errors';
import type { BackupSourceFactoryOptions } from '@release-readiness/plugin-release-readiness-node';

/**
 * Refuses a `wal-lag` item for a source that observes runs (Jobs, Velero Backups), not a lag:
 * such an item would never get a `lagSeconds` and read unknown forever.
 *
 * @throws `InputError` naming `<itemKeyPrefix>.kind`
 */
export function refuseLagKind(
  options: Pick<BackupSourceFactoryOptions, 'kind' | 'itemKeyPrefix'>,
  type: string,
): void {
  if (options.kind === 'wal-lag') {
    throw new InputError(
      `Invalid configuration at '${options.itemKeyPrefix}.kind': the ${type} source observes backup runs, not a lag; use it for kind backup or restore-test`,
    );
  }
}
