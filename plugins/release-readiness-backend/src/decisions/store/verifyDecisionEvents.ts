import { Knex } from 'knex';
import { DECISION_EVENTS_TABLE, DecisionEventRow } from './DecisionEventRow';
import type { DecisionChainReport } from './DecisionStore';
import { DecisionChainLink, verifyDecisionChain } from './verifyDecisionChain';

const PAGE = 500;

/**
 * Walks every (system, environment) chain of the events table (or the ones the query names),
 * each in position order, page by page, with {@link verifyDecisionChain}.
 */
export async function verifyDecisionEvents(
  db: Knex,
  query: { system?: string; environment?: string } = {},
): Promise<DecisionChainReport> {
  const chains: { system: string; environment: string }[] = await db(
    DECISION_EVENTS_TABLE,
  )
    .distinct('system', 'environment')
    .modify(q => {
      if (query.system !== undefined) {
        q.where('system', query.system);
      }
      if (query.environment !== undefined) {
        q.where('environment', query.environment);
      }
    })
    .orderBy([{ column: 'system' }, { column: 'environment' }]);
  const report: DecisionChainReport = { ok: true, checked: 0, problems: [] };
  for (const { system, environment } of chains) {
    let last: DecisionChainLink | undefined;
    for (;;) {
      const after = last;
      const rows: DecisionEventRow[] = await db<DecisionEventRow>(
        DECISION_EVENTS_TABLE,
      )
        .where({ system, environment })
        .modify(q => {
          if (after) {
            q.where('position', '>', after.position);
          }
        })
        .orderBy('position', 'asc')
        .limit(PAGE);
      const checked = verifyDecisionChain(rows, after);
      report.problems.push(...checked.problems);
      report.checked += rows.length;
      last = checked.last;
      if (rows.length < PAGE) {
        break;
      }
    }
  }
  report.ok = report.problems.length === 0;
  return report;
}
