import type { RestoreTestRecord } from '@release-readiness/plugin-release-readiness-common';

/** A restore-test record to append. */
export type NewRestoreTest = Omit<RestoreTestRecord, 'id' | 'createdAt'> & {
  /** Client-chosen idempotency key, unique per acting user. */
  requestId: string;
};

/** Append-only storage of restore-test records: no update, no delete. */
export interface RestoreTestStore {
  /**
   * Appends a record; the same actor's retried `requestId` returns the first record with
   * `created: false` (a `ConflictError` when it said something else).
   */
  append(
    record: NewRestoreTest,
  ): Promise<{ record: RestoreTestRecord; created: boolean }>;
  /** The records of an environment, newest test first. */
  list(
    system: string,
    environment: string,
    options?: { limit?: number },
  ): Promise<RestoreTestRecord[]>;
}
