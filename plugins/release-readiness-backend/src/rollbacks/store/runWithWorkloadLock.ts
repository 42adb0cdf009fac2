import { ServiceUnavailableError } from '@backstage/errors';
import { Knex } from 'knex';
import { holdPostgresWorkloadLock } from './holdPostgresWorkloadLock';
import { KeyedMutex } from './KeyedMutex';
import type { RollbackWorkloadKey } from './RollbackStore';

/**
 * Runs `fn` while holding the workload's lock: first the in-process `mutex` (so one process
 * puts one waiter at a time on the database and never fills its connection pool with waiters),
 * then, on PostgreSQL, the advisory lock on `rollback:<system>/<environment>/<kind>/<name>`. The
 * whole wait is bounded by `timeoutMs`; past it the caller gets a `ServiceUnavailableError` and
 * `fn` does not run. Both locks are released when `fn` settles.
 */
export async function runWithWorkloadLock<T>(
  options: {
    db: Knex;
    postgres: boolean;
    mutex: KeyedMutex;
    timeoutMs: number;
  },
  workload: RollbackWorkloadKey,
  fn: () => Promise<T>,
): Promise<T> {
  const { db, postgres, mutex, timeoutMs } = options;
  const { system, environment, kind, name } = workload;
  const key = `rollback:${system}/${environment}/${kind}/${name}`;
  const timedOut = () =>
    new ServiceUnavailableError(
      `Another rollback of ${kind}/${name} in ${system}/${environment} is running; gave up waiting for it after ${
        timeoutMs / 1000
      } s, try again later`,
    );
  const started = Date.now();
  const release = await mutex.acquire(key, timeoutMs, timedOut);
  try {
    if (!postgres) {
      return await fn();
    }
    const left = timeoutMs - (Date.now() - started);
    if (left <= 0) {
      throw timedOut();
    }
    return await holdPostgresWorkloadLock(db, key, left, fn, timedOut);
  } finally {
    release();
  }
}
