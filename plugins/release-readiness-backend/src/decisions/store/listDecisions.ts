import type { DecisionRecord } from '@release-readiness/plugin-release-readiness-common';
import { Knex } from 'knex';
import { decisionEventPayloads } from './decisionEventPayloads';
import { DECISION_EVENTS_TABLE, DecisionEventRow } from './DecisionEventRow';
import { foldDecisionEvents } from './foldDecisionEvents';
import { readDecisionPayload } from './readDecisionPayload';

const PAGE = 500;

/**
 * The decisions of a system (of one environment, for one version), newest request first, at
 * most `limit`. The version is part of the request's payload, so requests are read in pages
 * until enough match.
 */
export async function listDecisions(
  db: Knex,
  query: {
    system: string;
    environment?: string;
    version?: string;
    limit: number;
  },
): Promise<DecisionRecord[]> {
  const requests: DecisionEventRow[] = [];
  let before: number | undefined;
  while (requests.length < query.limit) {
    const after = before;
    const rows: DecisionEventRow[] = await db<DecisionEventRow>(
      DECISION_EVENTS_TABLE,
    )
      .where({ system: query.system, type: 'request' })
      .modify(q => {
        if (query.environment !== undefined) {
          q.where('environment', query.environment);
        }
        if (after !== undefined) {
          q.where('seq', '<', after);
        }
      })
      .orderBy('seq', 'desc')
      .limit(PAGE);
    const matching = rows.filter(
      row =>
        query.version === undefined ||
        readDecisionPayload(row, decisionEventPayloads.request).version ===
          query.version,
    );
    requests.push(...matching.slice(0, query.limit - requests.length));
    if (rows.length < PAGE) {
      break;
    }
    before = Number(rows[rows.length - 1].seq);
  }
  const events = new Map<string, DecisionEventRow[]>();
  for (let i = 0; i < requests.length; i += PAGE) {
    const ids = requests.slice(i, i + PAGE).map(row => row.decision_id);
    const rows: DecisionEventRow[] = await db<DecisionEventRow>(
      DECISION_EVENTS_TABLE,
    )
      .where({ system: query.system })
      .whereIn('decision_id', ids)
      .orderBy('position', 'asc');
    for (const row of rows) {
      const list = events.get(row.decision_id) ?? [];
      list.push(row);
      events.set(row.decision_id, list);
    }
  }
  return requests.flatMap(
    row => foldDecisionEvents(events.get(row.decision_id) ?? []) ?? [],
  );
}
