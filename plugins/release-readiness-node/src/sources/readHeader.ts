import type { RateLimitHeaderBag } from './types';

function isHeaders(bag: RateLimitHeaderBag): bag is Headers {
  return typeof bag.get === 'function' && typeof bag.forEach === 'function';
}

/**
 * The value of header `name` in `bag`, looked up case-insensitively: `undefined` when absent, a
 * string or a number as the bag holds it, anything else as it is (the caller ignores it).
 */
export function readHeader(bag: RateLimitHeaderBag, name: string): unknown {
  if (isHeaders(bag)) {
    return bag.get(name) ?? undefined;
  }
  if (Object.hasOwn(bag, name)) {
    return bag[name];
  }
  const wanted = name.toLowerCase();
  const key = Object.keys(bag).find(k => k.toLowerCase() === wanted);
  return key === undefined ? undefined : bag[key];
}
