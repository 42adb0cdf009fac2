import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import type { ManualGateRecord } from '@release-readiness/plugin-release-readiness-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { migrateDatabase } from '../database/migrateDatabase';
import { isoOf } from './isoOf';
import { ManualGateStore, NewManualGateResult } from './ManualGateStore';

const TABLE = 'release_readiness_manual_gate_results';

interface Row {
  seq: number | string;
  id: string;
  system: string;
  environment: string;
  gate: string;
  check_name: string;
  state: string;
  reason: string;
  actor: string;
  ref: string;
  request_id: string;
  created_at: Date | string | number;
}

function toRecord(row: Row): ManualGateRecord {
  return {
    id: row.id,
    system: row.system,
    environment: row.environment,
    gate: row.gate,
    check: row.check_name,
    state: row.state as ManualGateRecord['state'],
    reason: row.reason,
    actor: row.actor,
    ref: row.ref,
    createdAt: isoOf(row.created_at),
  };
}

function sameResult(row: Row, result: NewManualGateResult): boolean {
  return (
    row.system === result.system &&
    row.environment === result.environment &&
    row.gate === result.gate &&
    row.check_name === result.check &&
    row.state === result.state &&
    row.reason === result.reason &&
    row.ref === result.ref
  );
}

/**
 * {@link ManualGateStore} in the plugin's database (SQLite, PostgreSQL); runs its migrations on
 * creation unless the database service says to skip them.
 */
export class DatabaseManualGateStore implements ManualGateStore {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseManualGateStore> {
    return new DatabaseManualGateStore(await migrateDatabase(options.database));
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  /**
   * Inserts unless the acting user already sent this `requestId`; the unique (actor, request_id)
   * index decides, so two replicas racing with the same request write one row.
   */
  async append(
    result: NewManualGateResult,
  ): Promise<{ record: ManualGateRecord; created: boolean }> {
    const id = randomUUID();
    await this.#db<Row>(TABLE)
      .insert({
        id,
        system: result.system,
        environment: result.environment,
        gate: result.gate,
        check_name: result.check,
        state: result.state,
        reason: result.reason,
        actor: result.actor,
        ref: result.ref,
        request_id: result.requestId,
        created_at: new Date(),
      })
      .onConflict(['actor', 'request_id'])
      .ignore();
    const row = await this.#db<Row>(TABLE)
      .where({ actor: result.actor, request_id: result.requestId })
      .first();
    if (!row) {
      throw new Error(
        `The manual gate result for request '${result.requestId}' was not stored`,
      );
    }
    if (row.id === id) {
      return { record: toRecord(row), created: true };
    }
    return this.#replay(row, result);
  }

  async currentResults(
    system: string,
    environment: string,
    ref: string,
  ): Promise<ManualGateRecord[]> {
    const newest = this.#db<Row>(TABLE)
      .max('seq')
      .where({ system, environment, ref })
      .groupBy(['gate', 'check_name']);
    const rows = await this.#db<Row>(TABLE)
      .whereIn('seq', newest)
      .orderBy([
        { column: 'gate', order: 'asc' },
        { column: 'check_name', order: 'asc' },
      ]);
    return rows.map(toRecord);
  }

  async history(
    system: string,
    environment: string,
    gate: string,
    options: { limit?: number } = {},
  ): Promise<ManualGateRecord[]> {
    const rows = await this.#db<Row>(TABLE)
      .where({ system, environment, gate })
      .orderBy('seq', 'desc')
      .limit(options.limit ?? 100);
    return rows.map(toRecord);
  }

  #replay(
    row: Row,
    result: NewManualGateResult,
  ): { record: ManualGateRecord; created: boolean } {
    if (!sameResult(row, result)) {
      throw new ConflictError(
        `requestId '${result.requestId}' was already used for a different result`,
      );
    }
    return { record: toRecord(row), created: false };
  }
}
