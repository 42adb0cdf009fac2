/**
 * The value at `path` (object keys; array indexes as digits) of a parsed JSON document, and
 * whether it is there at all.
 */
export function readJsonField(
  document: unknown,
  path: readonly string[],
): { found: true; value: unknown } | { found: false } {
  let current: unknown = document;
  for (const segment of path) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) {
      const index = Number(segment);
      if (index >= current.length) {
        return { found: false };
      }
      current = current[index];
    } else if (
      typeof current === 'object' &&
      current !== null &&
      !Array.isArray(current) &&
      Object.prototype.hasOwnProperty.call(current, segment)
    ) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}
