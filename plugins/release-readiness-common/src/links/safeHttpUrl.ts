/** ASCII whitespace and control characters (C0, DEL, C1), which browsers strip or ignore in URLs. */
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\u0000-\u0020\u007F-\u009F]/;

/**
 * The value when it is an absolute `http:` or `https:` URL that is safe to render as a link or an
 * image source; `undefined` otherwise.
 *
 * @remarks
 * Parsed with `URL`, so the scheme is the one a browser sees: `javascript:`, `data:`, `vbscript:`
 * and every other scheme, in any letter case, are refused, as are relative and protocol-relative
 * (`//host`) values, values with whitespace or control characters anywhere (browsers drop some of
 * them, which can hide a scheme) and URLs that carry credentials (`https://user:secret@host`).
 * Never throws.
 *
 * @param value - a URL from upstream data or configuration
 * @public
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || WHITESPACE_OR_CONTROL.test(value)) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return undefined;
  }
  if (!url.hostname || url.username || url.password) {
    return undefined;
  }
  return value;
}
