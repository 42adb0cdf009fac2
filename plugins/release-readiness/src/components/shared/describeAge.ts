import type { BackupItemResult } from '@release-readiness/plugin-release-readiness-common';
import {
  englishTranslate,
  type ReleaseReadinessTranslate,
} from '../../translations';
import { formatDuration } from './formatDuration';

const LIMITS = {
  RPO: 'board.age.rpo',
  'max age': 'board.age.maxAge',
  'max lag': 'board.age.maxLag',
} as const;

/**
 * A backup item's age against its limit in one phrase: `20 h ago, RPO 24 h` for a backup,
 * `12 days ago, max age 30 days` for the restore test, `lag 2 min, max lag 5 min` for the WAL
 * lag; without a known time `none known, RPO 24 h` (never fresh). The words from `t` (default
 * English).
 *
 * @public
 */
export function describeAge(
  item: Pick<BackupItemResult, 'age' | 'rpo'>,
  limit: 'RPO' | 'max age' | 'max lag',
  t: ReleaseReadinessTranslate = englishTranslate,
): string {
  const bound = t(LIMITS[limit], { duration: formatDuration(item.rpo, t) });
  const lag = limit === 'max lag';
  if (item.age === undefined) {
    return lag
      ? t('board.age.lagUnknown', { bound })
      : t('board.age.noneKnown', { bound });
  }
  const age = formatDuration(item.age, t);
  return lag
    ? t('board.age.lag', { age, bound })
    : t('board.age.ago', { age, bound });
}
