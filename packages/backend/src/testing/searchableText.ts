import { inspect } from 'node:util';

/**
 * Everything a value carries, as one string to search for a secret: strings as they are, and for
 * anything else `util.inspect` at full depth, which includes an error's message, stack, `cause`
 * chain and own properties, and every nested field of an object.
 */
export function searchableText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  return inspect(value, {
    depth: Infinity,
    breakLength: Infinity,
    maxArrayLength: Infinity,
    maxStringLength: Infinity,
    showHidden: true,
    getters: true,
  });
}
