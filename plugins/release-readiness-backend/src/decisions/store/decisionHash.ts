import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson';

/** The `prev_hash` of the first event of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The columns of a decision event that its hash covers: every column but `seq`. */
export interface DecisionHashInput {
  system: string;
  environment: string;
  position: number;
  decision_id: string;
  type: string;
  /** The payload as stored (canonical JSON text). */
  payload: string;
  actor: string;
  request_id: string | null;
  unique_key: string | null;
  /** ISO 8601 UTC with milliseconds. */
  created_at: string;
  prev_hash: string;
}

/**
 * The hash of a decision event: sha256 (hex) of the canonical JSON (sorted keys) of its columns
 * but `seq`. `prev_hash` is among them, so changing an event breaks the link of the next one.
 */
export function decisionHash(event: DecisionHashInput): string {
  const covered: DecisionHashInput = {
    system: event.system,
    environment: event.environment,
    position: event.position,
    decision_id: event.decision_id,
    type: event.type,
    payload: event.payload,
    actor: event.actor,
    request_id: event.request_id,
    unique_key: event.unique_key,
    created_at: event.created_at,
    prev_hash: event.prev_hash,
  };
  return createHash('sha256')
    .update(canonicalJson(covered), 'utf8')
    .digest('hex');
}
