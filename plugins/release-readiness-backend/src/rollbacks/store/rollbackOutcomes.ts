import type { RollbackOutcome } from '@release-readiness/plugin-release-readiness-common';

/** Every outcome a rollback can have, as `RollbackOutcome` names them. */
export const ROLLBACK_OUTCOMES: readonly RollbackOutcome[] = [
  'dry-run',
  'skipped',
  'refused',
  'conflict',
  'in-progress',
  'succeeded',
  'failed',
];
