import { cloneJson } from '../json/cloneJson';
import { isRecord } from '../objects/isRecord';

/**
 * Applies a JSON Merge Patch (RFC 7386) to a copy of `document`: members of the patch replace
 * the document's, objects are merged recursively, `null` removes a member, lists are replaced
 * whole. `document` itself is not changed.
 */
export function applyMergePatch(document: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) {
    return cloneJson(patch);
  }
  const result: Record<string, unknown> = isRecord(document)
    ? cloneJson(document)
    : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete result[key];
    } else {
      result[key] = applyMergePatch(result[key], value);
    }
  }
  return result;
}
