import type { ManualGateRecord } from '@internal/backstage-plugin-release-readiness-common';

/** A manual gate result to append. */
export type NewManualGateResult = Omit<ManualGateRecord, 'id' | 'createdAt'> & {
  /** Client-chosen idempotency key. */
  requestId: string;
};

/**
 * Append-only storage of manual gate results. There is no update and no delete: the newest
 * record per check is its current result, all records together are its history.
 */
export interface ManualGateStore {
  /**
   * Appends a result. When a record with the same `requestId` exists and says the same thing,
   * returns it with `created: false` and writes nothing (a retried request writes once); when it
   * says something else, throws a `ConflictError`.
   */
  append(
    result: NewManualGateResult,
  ): Promise<{ record: ManualGateRecord; created: boolean }>;
  /** The newest record of every check of every manual gate of an environment. */
  currentResults(environment: string): Promise<ManualGateRecord[]>;
  /** The records of one gate, newest first. */
  history(
    environment: string,
    gate: string,
    options?: { limit?: number },
  ): Promise<ManualGateRecord[]>;
}
