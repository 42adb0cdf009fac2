import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { Knex } from 'knex';
import { foldRollbackEvents } from './foldRollbackEvents';
import { ROLLBACK_EVENTS_TABLE, RollbackEventRow } from './RollbackEventRow';

/**
 * One rollback, folded from its events (of one system, when given); undefined when it has no
 * request.
 */
export async function readRollback(
  db: Knex,
  id: string,
  system?: string,
): Promise<RollbackRecord | undefined> {
  const rows: RollbackEventRow[] = await db<RollbackEventRow>(
    ROLLBACK_EVENTS_TABLE,
  )
    .where({ rollback_id: id })
    .modify(q => {
      if (system !== undefined) {
        q.where('system', system);
      }
    })
    .orderBy('seq', 'asc');
  return foldRollbackEvents(rows);
}
