/** The table of rollback events (migration 20261205). */
export const ROLLBACK_EVENTS_TABLE = 'release_readiness_rollback_events';

/** What a rollback event records. */
export type RollbackEventType =
  | 'requested'
  | 'executed'
  | 'verified'
  | 'follow-up';

/** A row of {@link ROLLBACK_EVENTS_TABLE} as the database answers it. */
export interface RollbackEventRow {
  /** PostgreSQL answers a bigint as text. */
  seq: number | string;
  id: string;
  rollback_id: string;
  system: string;
  environment: string;
  kind: string;
  name: string;
  type: string;
  /** JSON. */
  payload: string;
  actor: string;
  request_id: string | null;
  unique_key: string | null;
  /** PostgreSQL answers a `Date`, SQLite milliseconds or text. */
  created_at: Date | string | number;
}
