import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { RollbackError } from './RollbackError';

const VERB: Record<string, string> = {
  failed: 'failed',
  refused: 'was refused',
  conflict: 'was not made (conflict)',
  'in-progress': 'is still in progress',
  'dry-run': 'was only a dry run',
};

/**
 * The error that fails the step for a record whose outcome is final but not a success, or
 * undefined for a success: `succeeded` and `skipped` (already at that revision: nothing to
 * write), and in a dry run `dry-run`. The message is the record's, e.g. `Rollback <id> failed:
 * Verification failed: rollout: fail (…)`.
 */
export function rollbackFailureOf(
  record: RollbackRecord,
  options: { dryRun: boolean },
): RollbackError | undefined {
  const { outcome } = record;
  if (
    outcome === 'succeeded' ||
    outcome === 'skipped' ||
    (options.dryRun && outcome === 'dry-run')
  ) {
    return undefined;
  }
  return new RollbackError({
    rollbackId: record.id,
    outcome,
    message: `Rollback ${record.id} ${VERB[outcome] ?? outcome}: ${
      record.message
    }`,
  });
}
