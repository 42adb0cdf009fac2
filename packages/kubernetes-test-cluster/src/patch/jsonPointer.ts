import { isRecord } from '../objects/isRecord';
import { WriteError } from './WriteError';

/** A JSON Pointer (RFC 6901) resolved to its parent container and the last token. */
export interface PointerTarget {
  parent: Record<string, unknown> | unknown[];
  token: string;
}

/** The tokens of a JSON Pointer: `/a/b~1c` is `a`, `b/c`; `` is the whole document (none). */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') {
    return [];
  }
  if (!pointer.startsWith('/')) {
    throw WriteError.unprocessable(
      `invalid JSON pointer ${JSON.stringify(pointer)}`,
    );
  }
  return pointer
    .slice(1)
    .split('/')
    .map(t => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The array index a token names (`-` is one past the end when `allowEnd`). */
export function arrayIndex(
  array: unknown[],
  token: string,
  allowEnd: boolean,
): number {
  if (allowEnd && token === '-') {
    return array.length;
  }
  const index = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : NaN;
  const last = allowEnd ? array.length : array.length - 1;
  if (Number.isNaN(index) || index > last) {
    throw WriteError.unprocessable(`array index ${token} out of bounds`);
  }
  return index;
}

/** The value at `tokens` inside `document`, or `undefined` when nothing is there. */
export function valueAt(document: unknown, tokens: string[]): unknown {
  let current: unknown = document;
  for (const token of tokens) {
    if (Array.isArray(current)) {
      const index = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : NaN;
      current = Number.isNaN(index) ? undefined : current[index];
    } else if (isRecord(current) && Object.hasOwn(current, token)) {
      current = current[token];
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * The container that holds the last token of a non-empty pointer.
 *
 * @throws `WriteError` 422 when a container on the way does not exist
 */
export function parentOf(document: unknown, tokens: string[]): PointerTarget {
  const parent = valueAt(document, tokens.slice(0, -1));
  if (!Array.isArray(parent) && !isRecord(parent)) {
    throw WriteError.unprocessable(
      `doc is missing path: /${tokens.slice(0, -1).join('/')}`,
    );
  }
  return { parent, token: tokens[tokens.length - 1] };
}
