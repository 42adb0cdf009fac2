import { cloneJson } from '../json/cloneJson';
import { isRecord } from '../objects/isRecord';
import { STRATEGIC_MERGE_KEYS } from './STRATEGIC_MERGE_KEYS';
import { WriteError } from './WriteError';

const PATCH = '$patch';
/** Directives that only order or retain and change no value here. */
const IGNORED = /^\$(?:setElementOrder\/|retainKeys$)/;

function mergeList(
  field: string,
  current: unknown,
  patch: unknown[],
): unknown[] {
  const key = STRATEGIC_MERGE_KEYS[field];
  if (patch.some(item => isRecord(item) && item[PATCH] === 'replace')) {
    return patch
      .filter(item => !(isRecord(item) && item[PATCH] === 'replace'))
      .map(item => mergeValue('', undefined, item));
  }
  if (!key || !Array.isArray(current)) {
    return patch.map(item => mergeValue('', undefined, item));
  }
  const result = cloneJson(current);
  for (const item of patch) {
    if (!isRecord(item) || item[key] === undefined) {
      throw WriteError.badRequest(
        `strategic merge patch: every item of ${field} needs its merge key ${key}`,
      );
    }
    const index = result.findIndex(
      existing => isRecord(existing) && existing[key] === item[key],
    );
    if (item[PATCH] === 'delete') {
      if (index >= 0) {
        result.splice(index, 1);
      }
    } else if (index >= 0) {
      result[index] = mergeValue('', result[index], item);
    } else {
      result.push(mergeValue('', undefined, item));
    }
  }
  return result;
}

function mergeValue(field: string, current: unknown, patch: unknown): unknown {
  if (Array.isArray(patch)) {
    return mergeList(field, current, patch);
  }
  if (!isRecord(patch)) {
    return cloneJson(patch);
  }
  const directive = patch[PATCH];
  if (
    directive !== undefined &&
    directive !== 'replace' &&
    directive !== 'merge'
  ) {
    throw WriteError.badRequest(
      `strategic merge patch: the test server does not support ${PATCH}: ${String(
        directive,
      )}`,
    );
  }
  const result: Record<string, unknown> =
    isRecord(current) && directive !== 'replace' ? cloneJson(current) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === PATCH || IGNORED.test(key)) {
      continue;
    }
    if (key.startsWith('$')) {
      throw WriteError.badRequest(
        `strategic merge patch: the test server does not support the directive ${key}`,
      );
    }
    if (value === null) {
      delete result[key];
    } else if (isRecord(value) && value[PATCH] === 'delete') {
      delete result[key];
    } else {
      result[key] = mergeValue(key, result[key], value);
    }
  }
  return result;
}

/**
 * Applies a strategic merge patch to a copy of `document`, the subset pod templates need: objects
 * merge recursively and `null` removes a member (as a merge patch); the lists of
 * `STRATEGIC_MERGE_KEYS` (containers by `name`, env by `name`, ports by `containerPort`, volume
 * mounts by `mountPath`, …) merge item by item by their key, an item with `$patch: delete` removes
 * its match; every other list is replaced; `$patch: replace` on an object (as a ControllerRevision's
 * `{"spec":{"template":{…,"$patch":"replace"}}}`) or as an item of a list replaces it whole;
 * `$patch: delete` on an object removes it. `$setElementOrder/…` and `$retainKeys` are read and
 * ignored (they order or retain, here nothing).
 *
 * @throws `WriteError` 400 for a patch that is no object, a list item without its merge key, or
 *   another directive (`$deleteFromPrimitiveList/…`, …), which the test server does not support
 */
export function applyStrategicMergePatch(
  document: unknown,
  patch: unknown,
): unknown {
  if (!isRecord(patch)) {
    throw WriteError.badRequest(
      'strategic merge patch: the body must be a JSON object',
    );
  }
  return mergeValue('', document, patch);
}
