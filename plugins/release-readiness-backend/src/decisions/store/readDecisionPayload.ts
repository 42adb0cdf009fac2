import { z } from 'zod';
import type { DecisionEventRow } from './DecisionEventRow';

/**
 * The payload of an event, checked with the schema of its type (`decisionEventPayloads`). An
 * unreadable payload is an error naming the event, never quoting the parser or the stored text.
 */
export function readDecisionPayload<T extends z.ZodType>(
  row: DecisionEventRow,
  schema: T,
): z.output<T> {
  let json: unknown;
  try {
    json = JSON.parse(row.payload);
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `Decision event ${row.seq} (${row.type} of decision '${row.decision_id}') is unreadable`,
    );
  }
  return parsed.data;
}
