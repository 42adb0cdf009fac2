import { LIST_TRIMS, ListResource, Trimmed } from './listTrims';
import { RawObject } from './RawObject';
import { keyOfObject } from './keyOfObject';

/** One LIST page, parsed and trimmed. */
export interface ParsedListPage<T> {
  /** The list's items, each trimmed to the fields the board uses. */
  items: T[];
  /** Each item's key (its `uid`, else `namespace/name`), in the order of `items`. */
  keys: string[];
  /** `metadata.continue`: where the next page starts; absent on the last page. */
  continue?: string;
  /** `metadata.resourceVersion`: the version of the list (a watch can start from it). */
  resourceVersion?: string;
}

const decoder = new TextDecoder();

/** The message of the `SyntaxError` for a LIST body that is not JSON (never the parser's). */
export const NOT_JSON_MESSAGE = 'The LIST body is not valid JSON';

/**
 * Parses one LIST body of `resource` (UTF-8 JSON bytes) and trims each item: `JSON.parse` once,
 * never `@kubernetes/client-node`'s model deserializer. `undefined` when the body is JSON but no
 * list. A body that is not JSON is a `SyntaxError` of our own wording: the parser's message can
 * quote the body. Pure, so that it runs the same on the event loop and on a worker thread.
 */
export function parseListBody<R extends ListResource>(
  body: Uint8Array,
  resource: R,
): ParsedListPage<Trimmed<R>> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(body));
  } catch {
    throw new SyntaxError(NOT_JSON_MESSAGE);
  }
  const list = RawObject.of(parsed);
  const raws = list?.objects('items');
  if (!list || !raws) {
    return undefined;
  }
  const trim: (raw: RawObject) => Trimmed<R> = LIST_TRIMS[resource];
  const items: Trimmed<R>[] = [];
  const keys: string[] = [];
  for (const raw of raws) {
    items.push(trim(raw));
    keys.push(keyOfObject(raw));
  }
  const metadata = list.object('metadata');
  const next = metadata?.string('continue');
  const resourceVersion = metadata?.string('resourceVersion');
  return {
    items,
    keys,
    ...(next && { continue: next }),
    ...(resourceVersion && { resourceVersion }),
  };
}
