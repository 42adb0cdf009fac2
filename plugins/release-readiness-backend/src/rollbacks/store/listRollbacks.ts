import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { Knex } from 'knex';
import { foldRollbackEvents } from './foldRollbackEvents';
import { ROLLBACK_EVENTS_TABLE, RollbackEventRow } from './RollbackEventRow';

/** How many requests are read (and rollbacks folded) at once. */
const PAGE = 200;

/**
 * The rollbacks of a system (of one environment, kind, workload name), newest request first,
 * folded from their events: the ones `accept` takes (every one by default), at most `limit`.
 * Requests are read in pages until enough are taken.
 */
export async function listRollbacks(
  db: Knex,
  query: {
    system: string;
    environment?: string;
    kind?: string;
    name?: string;
    limit: number;
  },
  accept?: (record: RollbackRecord) => boolean,
): Promise<RollbackRecord[]> {
  const taken: RollbackRecord[] = [];
  const limit = Math.max(0, Math.floor(query.limit));
  // Without a filter every request is taken: read no more than asked for.
  const page = accept ? PAGE : Math.min(PAGE, limit);
  let before: number | undefined;
  while (taken.length < limit) {
    const after = before;
    const requests: RollbackEventRow[] = await db<RollbackEventRow>(
      ROLLBACK_EVENTS_TABLE,
    )
      .where({ system: query.system, type: 'requested' })
      .modify(q => {
        for (const column of ['environment', 'kind', 'name'] as const) {
          const value = query[column];
          if (value !== undefined) {
            q.where(column, value);
          }
        }
        if (after !== undefined) {
          q.where('seq', '<', after);
        }
      })
      .orderBy('seq', 'desc')
      .limit(page);
    const events = new Map<string, RollbackEventRow[]>();
    const rows: RollbackEventRow[] = await db<RollbackEventRow>(
      ROLLBACK_EVENTS_TABLE,
    )
      .where({ system: query.system })
      .whereIn(
        'rollback_id',
        requests.map(row => row.rollback_id),
      )
      .orderBy('seq', 'asc');
    for (const row of rows) {
      const list = events.get(row.rollback_id) ?? [];
      list.push(row);
      events.set(row.rollback_id, list);
    }
    for (const request of requests) {
      const record = foldRollbackEvents(events.get(request.rollback_id) ?? []);
      if (record && (!accept || accept(record)) && taken.length < limit) {
        taken.push(record);
      }
    }
    if (requests.length < page) {
      break;
    }
    before = Number(requests[requests.length - 1].seq);
  }
  return taken;
}
