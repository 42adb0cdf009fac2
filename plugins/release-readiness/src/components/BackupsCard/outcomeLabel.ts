import type { RestoreTestRecord } from '@release-readiness/plugin-release-readiness-common';

/** The message key of each restore-test outcome (a status word shown as a label). */
export const OUTCOME_LABEL = {
  passed: 'backups.records.passed',
  failed: 'backups.records.failed',
} as const satisfies Record<RestoreTestRecord['outcome'], string>;
