/**
 * A database timestamp as ISO 8601 UTC: PostgreSQL answers `Date`s, SQLite numbers or text
 * without a zone designator (its `CURRENT_TIMESTAMP` is UTC).
 */
export function isoOf(value: Date | string | number): string {
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === 'number') {
    return new Date(value).toISOString();
  }
  const text = /[zZ]|[+-]\d\d:?\d\d$/.test(value)
    ? value
    : `${value.replace(' ', 'T')}Z`;
  return new Date(text).toISOString();
}
