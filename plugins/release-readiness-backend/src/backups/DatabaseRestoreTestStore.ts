import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import type { RestoreTestRecord } from '@release-readiness/plugin-release-readiness-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { migrateDatabase } from '../database/migrateDatabase';
import { isoOf } from '../readiness/isoOf';
import type { NewRestoreTest, RestoreTestStore } from './RestoreTestStore';

const TABLE = 'release_readiness_restore_tests';

interface Row {
  id: string;
  system: string;
  environment: string;
  tested_at: Date | string | number;
  outcome: string;
  link: string;
  reason: string;
  actor: string;
  request_id: string;
  created_at: Date | string | number;
}

function toRecord(row: Row): RestoreTestRecord {
  return {
    id: row.id,
    system: row.system,
    environment: row.environment,
    testedAt: isoOf(row.tested_at),
    outcome: row.outcome as RestoreTestRecord['outcome'],
    link: row.link,
    reason: row.reason,
    actor: row.actor,
    createdAt: isoOf(row.created_at),
  };
}

/**
 * {@link RestoreTestStore} in the plugin's database (SQLite, PostgreSQL); runs the plugin's
 * migrations on creation unless the database service says to skip them.
 */
export class DatabaseRestoreTestStore implements RestoreTestStore {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseRestoreTestStore> {
    return new DatabaseRestoreTestStore(
      await migrateDatabase(options.database),
    );
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  async append(
    record: NewRestoreTest,
  ): Promise<{ record: RestoreTestRecord; created: boolean }> {
    const id = randomUUID();
    await this.#db<Row>(TABLE)
      .insert({
        id,
        system: record.system,
        environment: record.environment,
        tested_at: new Date(record.testedAt),
        outcome: record.outcome,
        link: record.link,
        reason: record.reason,
        actor: record.actor,
        request_id: record.requestId,
        created_at: new Date(),
      })
      .onConflict(['actor', 'request_id'])
      .ignore();
    const row = await this.#db<Row>(TABLE)
      .where({ actor: record.actor, request_id: record.requestId })
      .first();
    if (!row) {
      throw new Error(
        `The restore test of request '${record.requestId}' was not stored`,
      );
    }
    const stored = toRecord(row);
    if (row.id === id) {
      return { record: stored, created: true };
    }
    const same =
      stored.system === record.system &&
      stored.environment === record.environment &&
      Date.parse(stored.testedAt) === Date.parse(record.testedAt) &&
      stored.outcome === record.outcome &&
      stored.link === record.link &&
      stored.reason === record.reason;
    if (!same) {
      throw new ConflictError(
        `requestId '${record.requestId}' was already used for a different restore test`,
      );
    }
    return { record: stored, created: false };
  }

  async list(
    system: string,
    environment: string,
    options: { limit?: number } = {},
  ): Promise<RestoreTestRecord[]> {
    const rows = await this.#db<Row>(TABLE)
      .where({ system, environment })
      .orderBy([
        { column: 'tested_at', order: 'desc' },
        { column: 'seq', order: 'desc' },
      ])
      .limit(options.limit ?? 100);
    return rows.map(toRecord);
  }
}
