/**
 * The watches of one Kubernetes module: every {@link WatchedCollection} its sources open, so that
 * the backend's shutdown closes them all (a watch is an open HTTP request).
 */
export class KubernetesWatches {
  readonly #collections = new Set<{ close(): void }>();

  /** Registers a collection to close at shutdown; returns it. */
  track<C extends { close(): void }>(collection: C): C {
    this.#collections.add(collection);
    return collection;
  }

  /** Closes every watch (the backend's shutdown hook). */
  closeAll(): void {
    for (const collection of this.#collections) {
      collection.close();
    }
    this.#collections.clear();
  }
}
