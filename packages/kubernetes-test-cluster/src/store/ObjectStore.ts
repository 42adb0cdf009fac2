import { cloneJson } from '../json/cloneJson';
import { WatchLog } from '../watch/WatchLog';
import { StoredObject } from './StoredObject';

/** Which objects {@link ObjectStore.list} returns. */
export interface ObjectQuery {
  apiVersion: string;
  kind: string;
  /** Only objects of this namespace; every namespace when absent. */
  namespace?: string;
  /** Only objects whose labels it accepts. */
  matches: (labels: Record<string, string> | undefined) => boolean;
}

/** One object's identity: type, namespace and name. */
export interface ObjectKey {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

const sortKey = (o: StoredObject) =>
  `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

const sameObject = (o: StoredObject, key: ObjectKey) =>
  o.apiVersion === key.apiVersion &&
  o.kind === key.kind &&
  (o.metadata.namespace ?? undefined) === (key.namespace ?? undefined) &&
  o.metadata.name === key.name;

/** The largest numeric `metadata.resourceVersion` among `objects` (0 when none is numeric). */
function largestResourceVersion(objects: readonly StoredObject[]): number {
  let largest = 0;
  for (const o of objects) {
    const value = Number(o.metadata.resourceVersion);
    if (Number.isSafeInteger(value) && value > largest) {
      largest = value;
    }
  }
  return largest;
}

/**
 * The objects the test server holds, in the order an API server lists them (by namespace, then
 * name), and the store's resource version, which every change moves on (so that answers built
 * from an older state can be told apart). A written object gets the new resource version as its
 * `metadata.resourceVersion`, as etcd's revision becomes an object's resource version. Every
 * change is also an event in {@link ObjectStore.events}, which watches are served from.
 */
export class ObjectStore {
  /** The recent changes, for watches. */
  readonly events = new WatchLog();
  #objects: StoredObject[] = [];
  #resourceVersion = 1000;

  /** The current resource version, as the API server reports it in list metadata. */
  get resourceVersion(): number {
    return this.#resourceVersion;
  }

  /**
   * Replaces every object, and moves the resource version on (past every object's own, so that
   * later writes count up from the largest).
   */
  replaceAll(objects: readonly StoredObject[]): void {
    this.#objects = [...objects].sort((a, b) =>
      sortKey(a).localeCompare(sortKey(b)),
    );
    this.#resourceVersion =
      Math.max(this.#resourceVersion, largestResourceVersion(objects)) + 1;
    this.events.reset(this.#resourceVersion);
  }

  /** The objects that match `query`, in list order (as stored: do not change them). */
  list(query: ObjectQuery): StoredObject[] {
    return this.#objects.filter(
      o =>
        o.apiVersion === query.apiVersion &&
        o.kind === query.kind &&
        (!query.namespace || o.metadata.namespace === query.namespace) &&
        query.matches(o.metadata.labels),
    );
  }

  /** A copy of one object (changing it changes nothing stored), or `undefined`. */
  get(key: ObjectKey): StoredObject | undefined {
    const found = this.#objects.find(o => sameObject(o, key));
    return found && cloneJson(found);
  }

  /**
   * Stores `object` (a new one, or in place of the object with its identity) under a new
   * resource version, which becomes its `metadata.resourceVersion`; returns a copy of what was
   * stored.
   */
  put(object: StoredObject): StoredObject {
    this.#resourceVersion += 1;
    const stored = cloneJson(object);
    stored.metadata.resourceVersion = String(this.#resourceVersion);
    const key = {
      apiVersion: stored.apiVersion,
      kind: stored.kind,
      namespace: stored.metadata.namespace,
      name: stored.metadata.name,
    };
    const index = this.#objects.findIndex(o => sameObject(o, key));
    if (index >= 0) {
      this.#objects[index] = stored;
    } else {
      this.#objects.push(stored);
      this.#objects.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    }
    this.events.record({
      type: index >= 0 ? 'MODIFIED' : 'ADDED',
      resourceVersion: this.#resourceVersion,
      object: stored,
    });
    return cloneJson(stored);
  }

  /** Deletes the object with `key` under a new resource version; false when there is none. */
  remove(key: ObjectKey): boolean {
    const index = this.#objects.findIndex(o => sameObject(o, key));
    if (index < 0) {
      return false;
    }
    const [removed] = this.#objects.splice(index, 1);
    this.#resourceVersion += 1;
    this.events.record({
      type: 'DELETED',
      resourceVersion: this.#resourceVersion,
      object: {
        ...removed,
        metadata: {
          ...removed.metadata,
          resourceVersion: String(this.#resourceVersion),
        },
      },
    });
    return true;
  }
}
