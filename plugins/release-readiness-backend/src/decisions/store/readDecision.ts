import type { DecisionRecord } from '@release-readiness/plugin-release-readiness-common';
import { Knex } from 'knex';
import { DECISION_EVENTS_TABLE, DecisionEventRow } from './DecisionEventRow';
import { foldDecisionEvents } from './foldDecisionEvents';

/** One decision of a system, folded from its events; undefined when it has no request. */
export async function readDecision(
  db: Knex,
  system: string,
  id: string,
): Promise<DecisionRecord | undefined> {
  const rows: DecisionEventRow[] = await db<DecisionEventRow>(
    DECISION_EVENTS_TABLE,
  )
    .where({ system, decision_id: id })
    .orderBy('position', 'asc');
  return foldDecisionEvents(rows);
}
