import type { ManualGateRecord } from '@release-readiness/plugin-release-readiness-common';

/** A manual gate result to append. */
export type NewManualGateResult = Omit<ManualGateRecord, 'id' | 'createdAt'> & {
  /** Client-chosen idempotency key, unique per acting user. */
  requestId: string;
};

/**
 * Append-only storage of manual gate results. There is no update and no delete: the newest
 * record per check is its current result, all records together are its history.
 */
export interface ManualGateStore {
  /**
   * Appends a result. When the same actor already sent a record with the same `requestId` and it
   * says the same thing, returns it with `created: false` and writes nothing (a retried request
   * writes once); when it says something else, throws a `ConflictError`. Another user's equal
   * `requestId` is unrelated.
   */
  append(
    result: NewManualGateResult,
  ): Promise<{ record: ManualGateRecord; created: boolean }>;
  /**
   * The newest record set for release `ref` of every check of every manual gate of an
   * environment of a system.
   */
  currentResults(
    system: string,
    environment: string,
    ref: string,
  ): Promise<ManualGateRecord[]>;
  /** The records of one gate, newest first. */
  history(
    system: string,
    environment: string,
    gate: string,
    options?: { limit?: number },
  ): Promise<ManualGateRecord[]>;
}
