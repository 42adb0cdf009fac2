/**
 * The code (`ECONNREFUSED`, `UND_ERR_SOCKET`, a TLS code, …) of a network error or of one of its
 * causes. Duck-typed: errors from Node's internals may come from another realm (e.g. under jest).
 *
 * @public
 */
export function networkErrorCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (
    let depth = 0;
    depth < 5 && typeof current === 'object' && current !== null;
    depth++
  ) {
    const code: unknown = Reflect.get(current, 'code');
    if (typeof code === 'string' && /^[A-Z0-9_]{2,60}$/.test(code)) {
      return code;
    }
    current = Reflect.get(current, 'cause');
  }
  return undefined;
}
