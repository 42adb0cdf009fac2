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

/**
 * The objects the test server holds, in the order an API server lists them (by namespace, then
 * name), and the store's resource version, which every change moves on (so that answers built
 * from an older state can be told apart).
 */
export class ObjectStore {
  #objects: StoredObject[] = [];
  #resourceVersion = 1000;

  /** The current resource version, as the API server reports it in list metadata. */
  get resourceVersion(): number {
    return this.#resourceVersion;
  }

  /** Replaces every object, and moves the resource version on. */
  replaceAll(objects: readonly StoredObject[]): void {
    this.#objects = [...objects].sort((a, b) =>
      `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(
        `${b.metadata.namespace ?? ''}/${b.metadata.name}`,
      ),
    );
    this.#resourceVersion += 1;
  }

  /** The objects that match `query`, in list order. */
  list(query: ObjectQuery): StoredObject[] {
    return this.#objects.filter(
      o =>
        o.apiVersion === query.apiVersion &&
        o.kind === query.kind &&
        (!query.namespace || o.metadata.namespace === query.namespace) &&
        query.matches(o.metadata.labels),
    );
  }
}
