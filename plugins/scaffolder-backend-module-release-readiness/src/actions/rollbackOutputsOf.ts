import type {
  RollbackDiff,
  RollbackRecord,
  RollbackVerification,
} from '@release-readiness/plugin-release-readiness-common';

/** The outputs of the rollback action, as {@link rollbackOutputsOf} builds them. */
export interface RollbackOutputs {
  rollbackId: string;
  outcome: string;
  message: string;
  diff?: RollbackDiff;
  verification?: RollbackVerification;
}

const sideOf = (side: RollbackDiff['from']): RollbackDiff['from'] => ({
  revision: side.revision,
  ...(side.version !== undefined && { version: side.version }),
});

/**
 * The step outputs of a rollback record, built here field by field: only what the output schema
 * declares, as plain records (the scaffolder's template engine accepts nothing else as a value
 * later steps read, e.g. `steps['dry-run'].output.diff.from.revision`; a parsed response body
 * may come from another realm, whose objects and arrays it refuses). The verification only when
 * it ran.
 */
export function rollbackOutputsOf(record: RollbackRecord): RollbackOutputs {
  const { diff, verification } = record;
  return {
    rollbackId: record.id,
    outcome: record.outcome,
    message: record.message,
    ...(diff && {
      diff: {
        from: sideOf(diff.from),
        to: sideOf(diff.to),
        changes: Array.from(diff.changes, change => ({
          container: change.container,
          ...(change.from !== undefined && { from: change.from }),
          ...(change.to !== undefined && { to: change.to }),
        })),
      },
    }),
    ...(verification.status !== 'not-run' && {
      verification: {
        status: verification.status,
        checks: Array.from(verification.checks, check => ({
          name: check.name,
          status: check.status,
          detail: check.detail,
        })),
        ...(verification.at !== undefined && { at: verification.at }),
      },
    }),
  };
}
