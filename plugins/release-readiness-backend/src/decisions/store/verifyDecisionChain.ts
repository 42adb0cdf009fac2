import { isoOf } from '../../readiness/isoOf';
import { decisionHash, GENESIS_HASH } from './decisionHash';
import type { DecisionEventRow } from './DecisionEventRow';
import type { DecisionChainProblem } from './DecisionStore';

/** The end of the part of a chain checked so far. */
export interface DecisionChainLink {
  position: number;
  /** The hash stored with that event. */
  hash: string;
}

function createdAtOf(row: DecisionEventRow): string | undefined {
  try {
    return isoOf(row.created_at);
  } catch {
    return undefined;
  }
}

/**
 * Checks consecutive events of one (system, environment) chain, in position order, following
 * `after` (the start of the chain when absent): every event must recompute to its stored hash,
 * link to the stored hash of the event before it (`prev_hash`, 64 zeros for the first), and
 * follow it without a gap in positions. Answers every problem, one per finding, and the new end
 * of the checked part.
 */
export function verifyDecisionChain(
  rows: DecisionEventRow[],
  after?: DecisionChainLink,
): { problems: DecisionChainProblem[]; last?: DecisionChainLink } {
  const problems: DecisionChainProblem[] = [];
  let previous = after;
  for (const row of rows) {
    const report = (problem: string) =>
      problems.push({
        seq: Number(row.seq),
        decisionId: row.decision_id,
        problem,
      });
    const position = Number(row.position);
    const expected = previous ? previous.position + 1 : 0;
    if (position !== expected) {
      report(
        previous
          ? `Position ${position} follows position ${previous.position} in ${
              row.system
            }/${row.environment}: ${position - expected} event(s) missing`
          : `The chain ${row.system}/${row.environment} starts at position ${position}: ${position} event(s) missing`,
      );
    } else if (row.prev_hash !== (previous?.hash ?? GENESIS_HASH)) {
      report(
        previous
          ? `prev_hash of position ${position} does not match the hash of position ${previous.position}`
          : `prev_hash of position 0 is not the start of a chain (64 zeros)`,
      );
    }
    const createdAt = createdAtOf(row);
    const hash =
      createdAt === undefined
        ? undefined
        : decisionHash({
            system: row.system,
            environment: row.environment,
            position,
            decision_id: row.decision_id,
            type: row.type,
            payload: row.payload,
            actor: row.actor,
            request_id: row.request_id,
            unique_key: row.unique_key,
            created_at: createdAt,
            prev_hash: row.prev_hash,
          });
    if (hash !== row.hash) {
      report(
        `The ${row.type} at position ${position} does not match its hash: its content was changed`,
      );
    }
    previous = { position, hash: row.hash };
  }
  return { problems, last: previous };
}
