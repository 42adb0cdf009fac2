import type { RollbackDiff } from '@release-readiness/plugin-release-readiness-common';

/** One end of a rollback: `revision 4 (1.4.2)`, or `revision 4` without a version. */
function end(side: RollbackDiff['from']): string {
  return side.version
    ? `revision ${side.revision} (${side.version})`
    : `revision ${side.revision}`;
}

/**
 * From → to of a rollback, e.g. `revision 5 (1.4.3) → revision 4 (1.4.2)`; `undefined` when the
 * record has no diff (refused before a plan).
 */
export function describeRollbackTarget(
  diff: RollbackDiff | undefined,
): string | undefined {
  return diff ? `${end(diff.from)} → ${end(diff.to)}` : undefined;
}
