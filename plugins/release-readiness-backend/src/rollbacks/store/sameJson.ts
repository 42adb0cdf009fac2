import { isDeepStrictEqual } from 'node:util';

/**
 * Whether two values say the same once written as JSON (undefined properties dropped), e.g. a
 * payload read back and the one a retry would write.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(
    JSON.parse(JSON.stringify(a ?? null)),
    JSON.parse(JSON.stringify(b ?? null)),
  );
}
