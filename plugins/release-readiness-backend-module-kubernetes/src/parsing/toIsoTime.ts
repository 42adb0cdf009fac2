/**
 * An API timestamp as an ISO string. `@kubernetes/client-node` models carry `Date`s; anything
 * else (a string from a hand-made object) is passed through when it parses as a date.
 */
export function toIsoTime(
  value: Date | string | undefined | null,
): string | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
