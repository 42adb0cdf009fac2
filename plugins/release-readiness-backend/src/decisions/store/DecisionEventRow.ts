/** The table of decision events (migration 20261204). */
export const DECISION_EVENTS_TABLE = 'release_readiness_decision_events';

/** What a decision event records. */
export type DecisionEventType = 'request' | 'vote' | 'waiver' | 'outcome';

/** A row of {@link DECISION_EVENTS_TABLE} as the database answers it. */
export interface DecisionEventRow {
  /** PostgreSQL answers a bigint as text. */
  seq: number | string;
  system: string;
  environment: string;
  position: number | string;
  decision_id: string;
  type: string;
  /** Canonical JSON. */
  payload: string;
  actor: string;
  request_id: string | null;
  unique_key: string | null;
  /** PostgreSQL answers a `Date`, SQLite milliseconds or text. */
  created_at: Date | string | number;
  prev_hash: string;
  hash: string;
}
