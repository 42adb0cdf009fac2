import type { RollbackDiff } from '@release-readiness/plugin-release-readiness-common';

const side = (s: RollbackDiff['from']) =>
  `revision ${s.revision}${s.version ? ` (${s.version})` : ''}`;

/**
 * One line about what a rollback changes: the revisions with their versions, then each
 * container's image before and after, e.g. `revision 5 (1.4.2) → revision 4 (1.4.1); api:
 * registry.example/servanda-api:1.4.2 → registry.example/servanda-api:1.4.1`.
 */
export function describeRollbackDiff(diff: RollbackDiff): string {
  const changes = diff.changes.map(
    change =>
      `${change.container}: ${change.from ?? '(none)'} → ${
        change.to ?? '(removed)'
      }`,
  );
  return `${side(diff.from)} → ${side(diff.to)}; ${
    changes.length > 0 ? changes.join('; ') : 'no image changes'
  }`;
}
