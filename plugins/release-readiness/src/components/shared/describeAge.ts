import type { BackupItemResult } from '@release-readiness/plugin-release-readiness-common';
import { formatDuration } from './formatDuration';

/**
 * A backup item's age against its limit in one phrase: `20 h ago, RPO 24 h` for a backup,
 * `12 days ago, max age 30 days` for the restore test, `lag 2 min, max lag 5 min` for the WAL
 * lag; without a known time `none known, RPO 24 h` (never fresh).
 *
 * @public
 */
export function describeAge(
  item: Pick<BackupItemResult, 'age' | 'rpo'>,
  limit: 'RPO' | 'max age' | 'max lag',
): string {
  const bound = `${limit} ${formatDuration(item.rpo)}`;
  if (item.age === undefined) {
    return limit === 'max lag'
      ? `lag unknown, ${bound}`
      : `none known, ${bound}`;
  }
  const age = formatDuration(item.age);
  return limit === 'max lag' ? `lag ${age}, ${bound}` : `${age} ago, ${bound}`;
}
