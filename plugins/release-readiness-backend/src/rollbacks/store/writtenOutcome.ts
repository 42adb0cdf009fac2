import type { RollbackOutcome } from '@release-readiness/plugin-release-readiness-common';

/**
 * Whether a rollback with this outcome wrote to the workload (or may have: `in-progress`):
 * `in-progress`, `succeeded` and `failed`. Dry runs, refusals, skips and conflicts wrote nothing.
 */
export function writtenOutcome(outcome: RollbackOutcome): boolean {
  return (
    outcome === 'in-progress' || outcome === 'succeeded' || outcome === 'failed'
  );
}
