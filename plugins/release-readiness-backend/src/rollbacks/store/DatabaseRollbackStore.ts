import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { Knex } from 'knex';
import { migrateDatabase } from '../../database/migrateDatabase';
import { isUniqueViolation } from '../../decisions/store/isUniqueViolation';
import {
  appendRollbackEvent,
  RollbackEventAppend,
} from './appendRollbackEvent';
import { checkExecutionFits } from './checkExecutionFits';
import { checkFollowUpValue } from './checkFollowUpValue';
import { checkRollbackRequest } from './checkRollbackRequest';
import { checkVerification } from './checkVerification';
import { KeyedMutex } from './KeyedMutex';
import { listRollbacks } from './listRollbacks';
import { readRollback } from './readRollback';
import { readRollbackPayload } from './readRollbackPayload';
import { ROLLBACK_EVENTS_TABLE, RollbackEventRow } from './RollbackEventRow';
import { ROLLBACK_OUTCOMES } from './rollbackOutcomes';
import type {
  NewRollbackExecution,
  NewRollbackFollowUp,
  NewRollbackRequest,
  NewRollbackVerification,
  RollbackAppendResult,
  RollbackLockOptions,
  RollbackStore,
  RollbackWorkloadKey,
} from './RollbackStore';
import { runWithWorkloadLock } from './runWithWorkloadLock';
import { sameJson } from './sameJson';
import { sameRollbackRequest } from './sameRollbackRequest';
import { writtenOutcome } from './writtenOutcome';

/** The actor of the write's result and the verification: the plugin records them. */
export const ROLLBACK_PLUGIN_ACTOR = 'plugin:release-readiness';

/** How long a caller waits for a workload's lock by default (60 s). */
export const DEFAULT_ROLLBACK_LOCK_TIMEOUT_MS = 60_000;

/** How often an append is tried when a concurrent write took a unique key first. */
const ATTEMPTS = 5;

/**
 * {@link RollbackStore} in the plugin's database (SQLite, PostgreSQL); runs the plugin's
 * migrations on creation unless the database service says to skip them. A workload's lock is an
 * in-process mutex shared by every store on the same database client (so that one process puts
 * one waiter at a time on the database) and, on PostgreSQL, a transaction-scoped advisory lock on
 * `hashtext('rollback:<system>/<environment>/<kind>/<name>')` held on a connection of its own
 * while `fn` runs, which serializes replicas.
 */
export class DatabaseRollbackStore implements RollbackStore {
  readonly #db: Knex;
  readonly #now: () => number;
  readonly #postgres: boolean;
  readonly #mutex: KeyedMutex;
  readonly #lockTimeoutMs: number;

  /**
   * `now` is the store's clock in milliseconds (the server time of every event; default
   * `Date.now`), injectable for tests; `lockTimeoutMs` how long a caller of
   * {@link DatabaseRollbackStore.withWorkloadLock} waits by default (60 s).
   */
  static async create(options: {
    database: DatabaseService;
    now?: () => number;
    lockTimeoutMs?: number;
  }): Promise<DatabaseRollbackStore> {
    const lockTimeoutMs =
      options.lockTimeoutMs ?? DEFAULT_ROLLBACK_LOCK_TIMEOUT_MS;
    if (!(Number.isFinite(lockTimeoutMs) && lockTimeoutMs > 0)) {
      throw new InputError(
        'lockTimeoutMs must be a positive number of milliseconds',
      );
    }
    return new DatabaseRollbackStore(
      await migrateDatabase(options.database),
      options.now ?? Date.now,
      lockTimeoutMs,
    );
  }

  private constructor(db: Knex, now: () => number, lockTimeoutMs: number) {
    this.#db = db;
    this.#now = now;
    this.#postgres = /^(pg|postgres)/.test(String(db.client.config.client));
    this.#mutex = KeyedMutex.of(db);
    this.#lockTimeoutMs = lockTimeoutMs;
  }

  async appendRequested(r: NewRollbackRequest): Promise<RollbackAppendResult> {
    checkRollbackRequest(r);
    const { toRevision } = r;
    const {
      followUps: _followUps,
      completedAt: _completedAt,
      createdAt: _createdAt,
      ...asked
    } = r.record;
    return this.#append({
      rollbackId: asked.id,
      type: 'requested',
      actor: asked.actor,
      requestId: r.requestId,
      uniqueKey: `requested:${asked.id}`,
      workload: {
        system: asked.system,
        environment: asked.environment,
        kind: asked.workload.kind,
        name: asked.workload.name,
      },
      payload: at => ({
        ...asked,
        ...(toRevision === undefined ? {} : { toRevision }),
        at,
      }),
      sameAs: row => sameRollbackRequest(row, asked, toRevision),
    });
  }

  async appendExecuted(e: NewRollbackExecution): Promise<RollbackRecord> {
    if (!ROLLBACK_OUTCOMES.includes(e.outcome)) {
      throw new InputError(
        `outcome must be one of ${ROLLBACK_OUTCOMES.join(', ')}`,
      );
    }
    const id = e.rollbackId;
    const payload = {
      outcome: e.outcome,
      message: e.message,
      ...(e.run ? { run: e.run } : {}),
      ...(e.diff ? { diff: e.diff } : {}),
    };
    const { record } = await this.#append({
      rollbackId: id,
      type: 'executed',
      actor: ROLLBACK_PLUGIN_ACTOR,
      requestId: null,
      uniqueKey: `executed:${id}`,
      payload: at => ({ ...payload, at }),
      replays: row => {
        const { at: _at, ...stored } = readRollbackPayload(row, 'executed');
        return sameJson(stored, payload);
      },
      guard: current => checkExecutionFits(current, e.outcome),
    });
    return record;
  }

  async appendVerified(v: NewRollbackVerification): Promise<RollbackRecord> {
    checkVerification(v);
    const id = v.rollbackId;
    const { record } = await this.#append({
      rollbackId: id,
      type: 'verified',
      actor: ROLLBACK_PLUGIN_ACTOR,
      requestId: null,
      uniqueKey: `verified:${id}`,
      payload: at => ({
        verification: { ...v.verification, at: v.verification.at ?? at },
        outcome: v.outcome,
        message: v.message,
        at,
      }),
      replays: row => {
        const stored = readRollbackPayload(row, 'verified');
        return (
          stored.outcome === v.outcome &&
          stored.message === v.message &&
          stored.verification.status === v.verification.status
        );
      },
      guard: current => {
        // Follow-ups exist once a result that wrote is recorded; in-progress: not yet verified.
        if (!current.followUps || current.outcome !== 'in-progress') {
          throw new ConflictError(
            `Rollback '${id}' has no write in progress to verify (outcome ${current.outcome})`,
          );
        }
      },
    });
    return record;
  }

  async appendFollowUp(f: NewRollbackFollowUp): Promise<RollbackRecord> {
    if (typeof f.requestId !== 'string' || f.requestId.length === 0) {
      throw new InputError('requestId must be a non-empty string');
    }
    const value = checkFollowUpValue(f.field, f.value);
    const id = f.rollbackId;
    const { record } = await this.#append({
      rollbackId: id,
      type: 'follow-up',
      actor: f.actor,
      requestId: f.requestId,
      uniqueKey: `follow-up:${id}:${f.field}`,
      payload: at => ({ field: f.field, value, at }),
      sameAs: row => {
        if (row.type !== 'follow-up' || row.rollback_id !== id) {
          return false;
        }
        const stored = readRollbackPayload(row, 'follow-up');
        return stored.field === f.field && stored.value === value;
      },
      guard: current => {
        if (!current.followUps) {
          throw new ConflictError(
            `Rollback '${id}' wrote nothing (outcome ${current.outcome}): it has no follow-ups`,
          );
        }
      },
    });
    return record;
  }

  async get(system: string, id: string): Promise<RollbackRecord | undefined> {
    return readRollback(this.#db, id, system);
  }

  async findByRequestId(
    actor: string,
    requestId: string,
  ): Promise<RollbackRecord | undefined> {
    const row = await this.#db<RollbackEventRow>(ROLLBACK_EVENTS_TABLE)
      .where({ actor, request_id: requestId, type: 'requested' })
      .first();
    return row && readRollback(this.#db, row.rollback_id);
  }

  async list(query: {
    system: string;
    environment?: string;
    kind?: string;
    name?: string;
    limit: number;
  }): Promise<RollbackRecord[]> {
    return listRollbacks(this.#db, query);
  }

  async lastWritten(
    query: RollbackWorkloadKey,
  ): Promise<RollbackRecord | undefined> {
    const [last] = await listRollbacks(
      this.#db,
      { ...query, limit: 1 },
      record => !record.dryRun && writtenOutcome(record.outcome),
    );
    return last;
  }

  async withWorkloadLock<T>(
    workload: RollbackWorkloadKey,
    fn: () => Promise<T>,
    options?: RollbackLockOptions,
  ): Promise<T> {
    const timeoutMs = options?.timeoutMs ?? this.#lockTimeoutMs;
    if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
      throw new InputError(
        'timeoutMs must be a positive number of milliseconds',
      );
    }
    return runWithWorkloadLock(
      {
        db: this.#db,
        postgres: this.#postgres,
        mutex: this.#mutex,
        timeoutMs,
      },
      workload,
      fn,
    );
  }

  async #append(event: RollbackEventAppend): Promise<RollbackAppendResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#db.transaction(trx =>
          appendRollbackEvent(trx, event, () => new Date(this.#now())),
        );
      } catch (error) {
        // A concurrent write took the unique key or the requestId first: the next attempt finds
        // it and answers as for a retry or a conflict.
        if (!isUniqueViolation(error)) {
          throw error;
        }
        if (attempt === ATTEMPTS) {
          throw new ConflictError(
            `The ${event.type} event of rollback '${event.rollbackId}' collided with concurrent writes; retry it`,
          );
        }
      }
    }
  }
}
