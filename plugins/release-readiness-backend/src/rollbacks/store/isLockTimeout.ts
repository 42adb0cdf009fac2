/**
 * Whether a database error says a lock was not granted in time (PostgreSQL `55P03`
 * `lock_not_available`, what `lock_timeout` raises).
 */
export function isLockTimeout(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === '55P03'
  );
}
