import { ConflictError, InputError } from '@backstage/errors';
import type {
  RollbackOutcome,
  RollbackRecord,
} from '@release-readiness/plugin-release-readiness-common';
import { writtenOutcome } from './writtenOutcome';

/**
 * Refuses a write's result that does not fit the rollback as recorded: one that already ended
 * (`ConflictError`: its outcome is no longer `in-progress`), a written outcome of a dry run and a
 * `dry-run` outcome of a rollback that is no dry run (`InputError` naming the outcome).
 */
export function checkExecutionFits(
  current: RollbackRecord,
  outcome: RollbackOutcome,
): void {
  const rollback = `rollback '${current.id}'`;
  if (current.outcome !== 'in-progress') {
    throw new ConflictError(
      `The ${rollback} already ended with the outcome ${current.outcome}: there is no write to record`,
    );
  }
  if (current.dryRun && writtenOutcome(outcome)) {
    throw new InputError(
      `outcome ${outcome} says the ${rollback} wrote, but it is a dry run`,
    );
  }
  if (!current.dryRun && outcome === 'dry-run') {
    throw new InputError(
      `outcome dry-run given for the ${rollback}, which is no dry run`,
    );
  }
}
