/** Text short and plain enough to quote: a status word such as `degraded` or `DOWN`. */
const QUOTABLE = /^[\p{L}\p{N} ._:/-]{0,40}$/u;

/**
 * How a message shows a JSON value read from an upstream answer: short plain strings quoted
 * (`"degraded"`), numbers, booleans and null as they are, anything else only by its kind, so
 * that no longer upstream text reaches the board.
 */
export function describeJsonValue(value: unknown): string {
  if (typeof value === 'string') {
    return QUOTABLE.test(value)
      ? JSON.stringify(value)
      : `a text of ${value.length} characters`;
  }
  if (
    value === null ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  ) {
    return String(value);
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  return typeof value === 'object' ? 'an object' : 'not a JSON value';
}
