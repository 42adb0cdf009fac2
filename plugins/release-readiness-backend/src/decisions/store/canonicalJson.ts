/**
 * JSON with the keys of every object sorted (by UTF-16 code units) and no whitespace, so that
 * equal values always give the same text. Object properties that are `undefined` are left out
 * and `undefined` in arrays becomes `null`, as `JSON.stringify` does; a value JSON cannot
 * represent (a non-finite number, a bigint, a function, a symbol) is an error.
 */
export function canonicalJson(value: unknown): string {
  if (
    value === null ||
    typeof value === 'boolean' ||
    typeof value === 'string'
  ) {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new TypeError('canonicalJson: a number must be finite');
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value
      .map(entry => (entry === undefined ? 'null' : canonicalJson(entry)))
      .join(',')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      // Keys of one object are distinct: never equal.
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`);
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
}
