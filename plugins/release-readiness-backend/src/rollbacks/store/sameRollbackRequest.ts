import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { readRollbackPayload } from './readRollbackPayload';
import type { RollbackEventRow } from './RollbackEventRow';

/**
 * Whether the event an actor's `requestId` wrote is the same rollback request: a request of the
 * same workload with the same `toRevision`, `dryRun`, reason and override reason (what the user
 * asked for; the id, plan, outcome and times are the caller's per attempt).
 */
export function sameRollbackRequest(
  row: RollbackEventRow,
  asked: Pick<
    RollbackRecord,
    | 'system'
    | 'environment'
    | 'workload'
    | 'dryRun'
    | 'reason'
    | 'overrideReason'
  >,
  toRevision: number | undefined,
): boolean {
  if (row.type !== 'requested') {
    return false;
  }
  const stored = readRollbackPayload(row, 'requested');
  return (
    stored.system === asked.system &&
    stored.environment === asked.environment &&
    stored.workload.kind === asked.workload.kind &&
    stored.workload.name === asked.workload.name &&
    stored.toRevision === toRevision &&
    stored.dryRun === asked.dryRun &&
    stored.reason === asked.reason &&
    stored.overrideReason === asked.overrideReason
  );
}
