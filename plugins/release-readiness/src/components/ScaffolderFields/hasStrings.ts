/** True when `value` is an object whose `keys` are all non-empty strings. */
export function hasStrings<K extends string>(
  value: unknown,
  keys: readonly K[],
): value is Record<K, string> {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const entries = new Map(Object.entries(value));
  return keys.every(key => {
    const v = entries.get(key);
    return typeof v === 'string' && v !== '';
  });
}
