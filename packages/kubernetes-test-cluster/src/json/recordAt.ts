import { isRecord } from '../objects/isRecord';

/**
 * The object at `keys` inside `value`, created (and attached) on the way where missing or not an
 * object, so callers can read and change nested members in one step.
 */
export function recordAt(
  value: Record<string, unknown>,
  ...keys: string[]
): Record<string, unknown> {
  let current = value;
  for (const key of keys) {
    const next = current[key];
    if (isRecord(next)) {
      current = next;
    } else {
      const created: Record<string, unknown> = {};
      current[key] = created;
      current = created;
    }
  }
  return current;
}
