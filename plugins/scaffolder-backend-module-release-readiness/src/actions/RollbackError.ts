import { CustomErrorBase } from '@backstage/errors';
import type { RollbackOutcome } from '@release-readiness/plugin-release-readiness-common';

/**
 * A rollback that did not succeed as its record tells: `failed` (written, the pipeline run or
 * the verification failed), `refused` or `conflict` (nothing written), or still `in-progress`
 * when the action stopped waiting. Its message is the record's own (the backend's, which never
 * carries a secret), with the rollback's id.
 *
 * @public
 */
export class RollbackError extends CustomErrorBase {
  name = 'RollbackError' as const;
  /** The record's outcome when the step failed. */
  readonly outcome: RollbackOutcome;
  readonly rollbackId: string;

  constructor(options: {
    rollbackId: string;
    outcome: RollbackOutcome;
    message: string;
  }) {
    super(options.message);
    this.outcome = options.outcome;
    this.rollbackId = options.rollbackId;
  }
}
