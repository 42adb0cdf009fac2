import { isRecord } from '../objects/isRecord';
import { jsonEqual } from './jsonEqual';

/** `value` without the members that say nothing: `null`, `{}` and `[]` (deeply). */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutEmpty);
  }
  if (!isRecord(value)) {
    return value;
  }
  const kept: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const cleaned = withoutEmpty(member);
    const empty =
      cleaned === null ||
      cleaned === undefined ||
      (Array.isArray(cleaned) && cleaned.length === 0) ||
      (isRecord(cleaned) && Object.keys(cleaned).length === 0);
    if (!empty) {
      kept[key] = cleaned;
    }
  }
  return kept;
}

/**
 * Equality as the Kubernetes controllers compare objects (`apiequality.Semantic.DeepEqual`): a
 * missing member, `null`, an empty object and an empty list are the same. Quantities are compared
 * as written (`1` and `1000m` differ here).
 */
export function semanticEqual(a: unknown, b: unknown): boolean {
  return jsonEqual(withoutEmpty(a), withoutEmpty(b));
}
