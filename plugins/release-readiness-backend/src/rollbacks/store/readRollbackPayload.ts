import { z } from 'zod';
import {
  rollbackEventPayloads,
  RollbackPayloadType,
} from './rollbackEventPayloads';
import type { RollbackEventRow } from './RollbackEventRow';

type Payloads = {
  [K in RollbackPayloadType]: z.output<(typeof rollbackEventPayloads)[K]>;
};

/** Each type's parser, typed where it is made: undefined for a payload the schema refuses. */
const PARSERS: {
  [K in RollbackPayloadType]: (json: unknown) => Payloads[K] | undefined;
} = {
  requested: json => rollbackEventPayloads.requested.safeParse(json).data,
  executed: json => rollbackEventPayloads.executed.safeParse(json).data,
  verified: json => rollbackEventPayloads.verified.safeParse(json).data,
  'follow-up': json => rollbackEventPayloads['follow-up'].safeParse(json).data,
};

/**
 * The payload of an event, checked with the schema of `type` (`rollbackEventPayloads`). An
 * event of another type, or an unreadable payload, is an error naming the event, never quoting
 * the parser or the stored text.
 */
export function readRollbackPayload<K extends RollbackPayloadType>(
  row: RollbackEventRow,
  type: K,
): Payloads[K] {
  const name = `Rollback event ${row.seq} (${row.type} of rollback '${row.rollback_id}')`;
  if (row.type !== type) {
    throw new Error(`${name} is not a ${type} event`);
  }
  let json: unknown;
  try {
    json = JSON.parse(row.payload);
  } catch {
    json = undefined;
  }
  const payload = PARSERS[type](json);
  if (payload === undefined) {
    throw new Error(`${name} is unreadable`);
  }
  return payload;
}
