import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { Knex, knex as knexFactory } from 'knex';
import { randomUUID } from 'node:crypto';
import { DatabaseRollbackStore } from '../DatabaseRollbackStore';

/** The events table, as the tests read it directly. */
export const TABLE = 'release_readiness_rollback_events';

export const LENA = 'user:default/lena.kraus';
export const JONAS = 'user:default/jonas.weber';

/** A clock (milliseconds) that advances one second per reading, from `start`. */
export function steppingClock(start: string): () => number {
  let next = Date.parse(start);
  return () => {
    const now = next;
    next += 1000;
    return now;
  };
}

/**
 * A rollback as the core builds it when it is asked for: its own id, a write in progress, and
 * times and follow-ups the store must not take (it sets its own).
 */
export function requestedRecord(
  over: Partial<RollbackRecord> = {},
): RollbackRecord {
  return {
    id: randomUUID(),
    system: 'servanda',
    environment: 'prod',
    workload: { kind: 'Deployment', name: 'servanda-api' },
    strategy: 'kubernetes',
    actor: LENA,
    reason: 'Error rate above 5 % since the 1.4.2 rollout',
    dryRun: false,
    diff: {
      from: { revision: 7, version: '1.4.2' },
      to: { revision: 6, version: '1.4.1' },
      changes: [
        {
          container: 'api',
          from: 'ghcr.io/servanda/api:1.4.2',
          to: 'ghcr.io/servanda/api:1.4.1',
        },
      ],
    },
    outcome: 'in-progress',
    message: 'Rolling back Deployment servanda-api from revision 7 to 6',
    verification: { status: 'pending', checks: [] },
    followUps: {
      communication: { done: true, by: JONAS, at: '1999-01-01T00:00:00.000Z' },
      postMortem: { dueAt: '1999-01-03T00:00:00.000Z' },
    },
    createdAt: '1999-01-01T00:00:00.000Z',
    completedAt: '1999-01-01T00:00:00.000Z',
    ...over,
  };
}

/** A fresh database of the given kind and a store on it (migrations run). */
export async function createStore(
  databases: TestDatabases,
  id: Parameters<TestDatabases['init']>[0],
  options: { now?: () => number; lockTimeoutMs?: number } = {},
) {
  const knex = await databases.init(id);
  const store = await DatabaseRollbackStore.create({
    database: mockServices.database({ knex, migrations: { skip: false } }),
    now: options.now ?? steppingClock('2026-12-01T10:00:00.000Z'),
    ...(options.lockTimeoutMs !== undefined && {
      lockTimeoutMs: options.lockTimeoutMs,
    }),
  });
  return { knex, store };
}

/**
 * Another store on the same database, as a second replica has it: on PostgreSQL through a
 * database client of its own (its own connections and in-process locks), on SQLite (one
 * connection, one process) through the same client. `close` ends the client it made.
 */
export async function secondReplica(
  knex: Knex,
  options: { lockTimeoutMs?: number } = {},
): Promise<{ store: DatabaseRollbackStore; close: () => Promise<void> }> {
  const postgres = /^(pg|postgres)/.test(String(knex.client.config.client));
  const client = postgres
    ? knexFactory({
        client: knex.client.config.client,
        connection: knex.client.config.connection,
        pool: { min: 0, max: 5 },
      })
    : knex;
  const store = await DatabaseRollbackStore.create({
    database: mockServices.database({
      knex: client,
      migrations: { skip: true },
    }),
    ...options,
  });
  return {
    store,
    close: async () => {
      if (client !== knex) {
        await client.destroy();
      }
    },
  };
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}
