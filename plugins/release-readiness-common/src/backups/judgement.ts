import type { BackupItemResult } from './types';

/**
 * What one judge of a backup item decides: the fields of {@link BackupItemResult} that depend
 * on the observation.
 *
 * @internal
 */
export type BackupJudgement = Pick<
  BackupItemResult,
  'status' | 'detail' | 'lastSuccess' | 'age'
>;
