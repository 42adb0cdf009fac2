/**
 * The value when it is an absolute http(s) URL (a link people may follow), else `undefined`.
 *
 * @param value - a URL from an upstream answer
 */
export function httpUrlOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? url.toString()
      : undefined;
  } catch {
    return undefined;
  }
}
