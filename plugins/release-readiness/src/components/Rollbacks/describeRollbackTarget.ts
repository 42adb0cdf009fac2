import type { RollbackDiff } from '@release-readiness/plugin-release-readiness-common';
import type { ReleaseReadinessTranslate } from '../../translations';

/** One end of a rollback: `revision 4 (1.4.2)`, or `revision 4` without a version. */
function end(side: RollbackDiff['from'], t: ReleaseReadinessTranslate): string {
  const revision = String(side.revision);
  return side.version
    ? t('rollbacks.item.revisionVersion', { revision, version: side.version })
    : t('rollbacks.item.revision', { revision });
}

/**
 * From → to of a rollback, e.g. `revision 5 (1.4.3) → revision 4 (1.4.2)`, in the user's
 * language; `undefined` when the record has no diff (refused before a plan).
 */
export function describeRollbackTarget(
  diff: RollbackDiff | undefined,
  t: ReleaseReadinessTranslate,
): string | undefined {
  return diff ? `${end(diff.from, t)} → ${end(diff.to, t)}` : undefined;
}
