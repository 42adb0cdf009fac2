import { cloneJson } from '../json/cloneJson';
import { StoredObject } from '../store/StoredObject';

/** One change of a stored object, as a watch reports it. */
export interface StoreEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  /** The store's resource version after the change. */
  resourceVersion: number;
  /** The object as stored after the change (for DELETED: as it was last stored). */
  object: StoredObject;
}

/** What a watcher is told: a change, or that the history it started from is gone. */
export type StoreSignal = StoreEvent | { type: 'RESET' };

/**
 * The recent changes of the test server's store, as etcd keeps its revision history for
 * watches: the last `capacity` events, replayed to a watch that starts from an older resource
 * version, and pushed to every open watch as they happen. A watch from before the oldest event
 * kept (or from before the last `reset`, when every object was replaced at once) is too old:
 * the API server answers it with `410 Gone` and the client must LIST again.
 */
export class WatchLog {
  readonly #capacity: number;
  readonly #events: StoreEvent[] = [];
  readonly #listeners = new Set<(signal: StoreSignal) => void>();
  /** Watches from this resource version or later can be served from the history. */
  #oldest = 0;

  constructor(capacity = 10_000) {
    this.#capacity = capacity;
  }

  /** Records a change and tells every open watch. */
  record(event: StoreEvent): void {
    const copy = { ...event, object: cloneJson(event.object) };
    this.#events.push(copy);
    if (this.#events.length > this.#capacity) {
      const dropped = this.#events.shift();
      this.#oldest = dropped ? dropped.resourceVersion : this.#oldest;
    }
    for (const listener of [...this.#listeners]) {
      listener(copy);
    }
  }

  /** Forgets the history (every object was replaced): open watches end with `410 Gone`. */
  reset(resourceVersion: number): void {
    this.#events.length = 0;
    this.#oldest = resourceVersion;
    for (const listener of [...this.#listeners]) {
      listener({ type: 'RESET' });
    }
  }

  /**
   * The events after `resourceVersion`, or `undefined` when the history no longer reaches back
   * that far (the watch is too old).
   */
  since(resourceVersion: number): StoreEvent[] | undefined {
    if (resourceVersion < this.#oldest) {
      return undefined;
    }
    return this.#events.filter(e => e.resourceVersion > resourceVersion);
  }

  /** Calls `listener` on every change from now on, until the returned function is called. */
  subscribe(listener: (signal: StoreSignal) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** How many watches are open. */
  get watchers(): number {
    return this.#listeners.size;
  }
}
