import { Knex } from 'knex';
import { isLockTimeout } from './isLockTimeout';

/**
 * Runs `fn` while this connection holds PostgreSQL's transaction-scoped advisory lock on
 * `hashtext(key)`: a transaction is opened on a connection of its own, waits for the lock at most
 * `timeoutMs` (`lock_timeout`, local to the transaction; then `onTimeout()` is thrown and `fn`
 * does not run), and is rolled back when `fn` settles, which releases the lock (as does the end
 * of the session if the process dies). The transaction writes nothing; `fn` uses other
 * connections.
 */
export async function holdPostgresWorkloadLock<T>(
  db: Knex,
  key: string,
  timeoutMs: number,
  fn: () => Promise<T>,
  onTimeout: () => Error,
): Promise<T> {
  const trx = await db.transaction();
  try {
    await trx.raw(`select set_config('lock_timeout', ?, true)`, [
      `${Math.max(1, Math.ceil(timeoutMs))}ms`,
    ]);
    try {
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [key]);
    } catch (error) {
      if (isLockTimeout(error)) {
        throw onTimeout();
      }
      throw error;
    }
    return await fn();
  } finally {
    // A broken connection ends its session, and the lock with it.
    await trx.rollback().catch(() => undefined);
  }
}
