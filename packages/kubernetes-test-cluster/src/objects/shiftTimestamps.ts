const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * A deep copy of `value` with every RFC 3339 UTC timestamp string moved by `offsetMs`, so that
 * fixtures written at a fixed reference time look current when served.
 *
 * @public
 */
export function shiftTimestamps<T>(value: T, offsetMs: number): T {
  if (typeof value === 'string') {
    return (
      RFC3339.test(value)
        ? new Date(Date.parse(value) + offsetMs)
            .toISOString()
            .replace('.000Z', 'Z')
        : value
    ) as T;
  }
  if (Array.isArray(value)) {
    return value.map(v => shiftTimestamps(v, offsetMs)) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, shiftTimestamps(v, offsetMs)]),
    ) as T;
  }
  return value;
}
