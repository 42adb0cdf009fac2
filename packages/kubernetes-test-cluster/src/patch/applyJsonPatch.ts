import { cloneJson } from '../json/cloneJson';
import { jsonEqual } from '../json/jsonEqual';
import { isRecord } from '../objects/isRecord';
import { arrayIndex, parentOf, pointerTokens, valueAt } from './jsonPointer';
import { WriteError } from './WriteError';

interface Operation {
  op: string;
  path: string;
  value?: unknown;
  from?: string;
}

function readOperations(patch: unknown): Operation[] {
  if (!Array.isArray(patch)) {
    throw WriteError.badRequest(
      'json: cannot unmarshal object into Go value of type jsonpatch.Patch',
    );
  }
  return patch.map((op, i) => {
    if (
      !isRecord(op) ||
      typeof op.op !== 'string' ||
      typeof op.path !== 'string'
    ) {
      throw WriteError.badRequest(
        `JSON Patch operation ${i} needs an "op" and a "path"`,
      );
    }
    return {
      op: op.op,
      path: op.path,
      ...(Object.hasOwn(op, 'value') && { value: op.value }),
      ...(typeof op.from === 'string' && { from: op.from }),
    };
  });
}

function add(document: unknown, path: string, value: unknown): unknown {
  const tokens = pointerTokens(path);
  if (tokens.length === 0) {
    return value;
  }
  const { parent, token } = parentOf(document, tokens);
  if (Array.isArray(parent)) {
    parent.splice(arrayIndex(parent, token, true), 0, value);
  } else {
    parent[token] = value;
  }
  return document;
}

function remove(document: unknown, path: string): unknown {
  const tokens = pointerTokens(path);
  if (tokens.length === 0) {
    throw WriteError.unprocessable('cannot remove the whole document');
  }
  const { parent, token } = parentOf(document, tokens);
  if (Array.isArray(parent)) {
    parent.splice(arrayIndex(parent, token, false), 1);
  } else if (Object.hasOwn(parent, token)) {
    delete parent[token];
  } else {
    throw WriteError.unprocessable(
      `remove operation does not apply: doc is missing key: ${path}`,
    );
  }
  return document;
}

function replace(document: unknown, path: string, value: unknown): unknown {
  const tokens = pointerTokens(path);
  if (tokens.length === 0) {
    return value;
  }
  existing(document, path, 'replace');
  const { parent, token } = parentOf(document, tokens);
  if (Array.isArray(parent)) {
    parent[arrayIndex(parent, token, false)] = value;
  } else {
    parent[token] = value;
  }
  return document;
}

function existing(document: unknown, path: string, op: string): unknown {
  const value = valueAt(document, pointerTokens(path));
  if (value === undefined) {
    throw WriteError.unprocessable(
      `${op} operation does not apply: doc is missing path: ${path}`,
    );
  }
  return value;
}

/**
 * Applies a JSON Patch (RFC 6902: `add`, `remove`, `replace`, `move`, `copy`, `test`) to a copy
 * of `document`; `document` itself is not changed.
 *
 * @throws `WriteError` 400 for a body that is no list of operations; 422 (as kube-apiserver
 *   answers) for a path that does not exist, an unknown op or a failed `test`
 */
export function applyJsonPatch(document: unknown, patch: unknown): unknown {
  let result = cloneJson(document);
  for (const operation of readOperations(patch)) {
    const { op, path } = operation;
    const value = cloneJson(operation.value);
    switch (op) {
      case 'add':
        result = add(result, path, value);
        break;
      case 'remove':
        result = remove(result, path);
        break;
      case 'replace':
        result = replace(result, path, value);
        break;
      case 'move':
      case 'copy': {
        const from = operation.from ?? '';
        const moved = cloneJson(existing(result, from, op));
        if (op === 'move') {
          result = remove(result, from);
        }
        result = add(result, path, moved);
        break;
      }
      case 'test':
        if (!jsonEqual(valueAt(result, pointerTokens(path)), value)) {
          throw WriteError.unprocessable(
            `testing value ${path} failed: test failed`,
          );
        }
        break;
      default:
        throw WriteError.unprocessable(`Unexpected kind: ${op}`);
    }
  }
  return result;
}
