import type { LastSuccess } from '../readiness/inputTypes';
import type { BackupItemResult } from './types';

/**
 * The input of the `backup-age` readiness rule from an environment's backup items: the
 * **oldest** of their last successes (so one old backup fails the rule), with its link.
 *
 * @remarks
 * Pure. `lastSuccessAt` is absent (the rule reads `unknown`) when any item has no last success,
 * e.g. because its source is unavailable, or when there is no item. Pass the backup items only
 * (not the WAL lag).
 *
 * @public
 */
export function toLastSuccess(items: BackupItemResult[]): LastSuccess {
  let oldest: { ms: number; item: BackupItemResult } | undefined;
  for (const item of items) {
    const ms =
      item.lastSuccess === undefined ? NaN : Date.parse(item.lastSuccess);
    if (Number.isNaN(ms)) {
      return {};
    }
    if (!oldest || ms < oldest.ms) {
      oldest = { ms, item };
    }
  }
  if (!oldest) {
    return {};
  }
  return {
    lastSuccessAt: new Date(oldest.ms).toISOString(),
    ...(oldest.item.url && { url: oldest.item.url }),
  };
}
