/** The members of `record` whose values are strings (labels, annotations). */
export function stringValues(
  record: Record<string, unknown>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') {
      result[key] = value;
    }
  }
  return result;
}
