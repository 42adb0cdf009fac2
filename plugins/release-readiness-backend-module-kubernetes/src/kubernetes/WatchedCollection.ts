import type { Watch } from '@kubernetes/client-node';
import { keyOfObject } from './keyOfObject';
import { RawObject } from './RawObject';

/** A LIST of the whole collection: every item trimmed, by key, and the list's resource version. */
export interface CollectionSnapshot<T> {
  items: Map<string, T>;
  /** `metadata.resourceVersion` of the list; without it the collection cannot be watched. */
  resourceVersion?: string;
}

/** Options of {@link WatchedCollection}. */
export interface WatchedCollectionOptions<T> {
  /** client-node's watch (kubeconfig, credentials and TLS of the cluster). */
  watch: Pick<Watch, 'watch'>;
  /** The collection path, e.g. `/apis/apps/v1/namespaces/shop/deployments`. */
  path: string;
  labelSelector?: string;
  /** Reads every page of the collection now. */
  list: (signal: AbortSignal) => Promise<CollectionSnapshot<T>>;
  /** Cuts one watched object down to what the board reads, as `list` does. */
  trim: (raw: RawObject) => T;
  /**
   * A synced collection that has heard nothing from its watch (no event, no bookmark) for this
   * long is listed again on the next read: a watch can hang without closing. Default 3 min.
   */
  maxSilenceMs?: number;
  /**
   * The watch is stopped and the items dropped when no read came for this long (the next read
   * lists). Default 15 min.
   */
  idleMs?: number;
  /** How long the server may keep one watch open before it is re-opened. Default 300 s. */
  timeoutSeconds?: number;
  now?: () => number;
}

/**
 * One collection (a resource in a namespace, with a label selector) kept fresh by LIST then
 * WATCH, as client-go's informers do: the first read lists every page and opens a watch from
 * the list's resource version (with bookmarks); from then on each event changes the kept items
 * and a read answers from them without a request. Every read while the watch is healthy is as
 * fresh as the API server's own view, and costs no upstream call, so the steady-state cost
 * follows the rate of change, not the size.
 *
 * The kept items are dropped, and the next read lists again (with its own timeouts and errors,
 * which the collector turns into stale or unavailable), whenever the watch cannot be trusted:
 * an `ERROR` event (a `410 Gone` for a resource version the server has compacted away, or any
 * other), a watch that failed or could not reconnect, or one silent for longer than
 * `maxSilenceMs` (a watch the server accepted counts as heard from). A watch the server ends
 * normally (its timeout), or that client-node ends after 30 s without data (a quiet collection),
 * is re-opened from the last resource version seen. A collection nobody reads for `idleMs` stops
 * watching.
 */
export class WatchedCollection<T> {
  readonly #options: WatchedCollectionOptions<T>;
  readonly #now: () => number;
  #items = new Map<string, T>();
  #resourceVersion?: string;
  #synced = false;
  #heardAt = 0;
  #readAt = 0;
  /** Bumped whenever the watch is replaced: callbacks of an older watch are ignored. */
  #generation = 0;
  #controller?: AbortController;
  #idleTimer?: ReturnType<typeof setTimeout>;
  #changes = 0;

  constructor(options: WatchedCollectionOptions<T>) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** Counts every change of the kept items (a LIST, an event): equal counts, equal items. */
  get changes(): number {
    return this.#changes;
  }

  /** Whether reads are answered from the watch now (false: the next read lists). */
  get watching(): boolean {
    return this.#synced && !this.#silent();
  }

  /** The collection's items: from the watch when it is healthy, else from a new LIST. */
  async read(signal: AbortSignal): Promise<T[]> {
    this.#readAt = this.#now();
    this.#armIdleTimer();
    if (!this.watching) {
      this.stop();
      const snapshot = await this.#options.list(signal);
      this.#items = snapshot.items;
      this.#changes += 1;
      this.#resourceVersion = snapshot.resourceVersion;
      if (snapshot.resourceVersion !== undefined) {
        this.#synced = true;
        this.#heardAt = this.#now();
        this.#open();
      }
    }
    return [...this.#items.values()];
  }

  /** Stops watching; the next read lists again. */
  stop(): void {
    this.#generation += 1;
    this.#synced = false;
    this.#controller?.abort();
    this.#controller = undefined;
  }

  /** Stops watching and forgets the items (at shutdown). */
  close(): void {
    this.stop();
    clearTimeout(this.#idleTimer);
    this.#items = new Map();
    this.#changes += 1;
  }

  #silent(): boolean {
    return (
      this.#now() - this.#heardAt > (this.#options.maxSilenceMs ?? 180_000)
    );
  }

  #armIdleTimer(): void {
    clearTimeout(this.#idleTimer);
    const idleMs = this.#options.idleMs ?? 15 * 60_000;
    this.#idleTimer = setTimeout(() => {
      if (this.#now() - this.#readAt >= idleMs) {
        this.close();
      }
    }, idleMs);
    this.#idleTimer.unref?.();
  }

  #open(): void {
    const generation = ++this.#generation;
    const openedAt = this.#now();
    const current = () => generation === this.#generation;
    const { watch, path, labelSelector, trim } = this.#options;
    watch
      .watch(
        path,
        {
          resourceVersion: this.#resourceVersion,
          allowWatchBookmarks: true,
          labelSelector,
          timeoutSeconds: this.#options.timeoutSeconds ?? 300,
        },
        (phase: string, object: unknown) => {
          if (!current()) {
            return;
          }
          this.#heardAt = this.#now();
          const raw = RawObject.of(object);
          const version = raw?.object('metadata')?.string('resourceVersion');
          if (phase === 'ERROR' || !raw) {
            // 410 Gone (compacted history) or any other failure: list again on the next read.
            this.stop();
            return;
          }
          if (version !== undefined) {
            this.#resourceVersion = version;
          }
          if (phase === 'ADDED' || phase === 'MODIFIED') {
            this.#items.set(keyOfObject(raw), trim(raw));
            this.#changes += 1;
          } else if (phase === 'DELETED') {
            this.#items.delete(keyOfObject(raw));
            this.#changes += 1;
          }
        },
        (error: unknown) => {
          if (!current()) {
            return;
          }
          // client-node ends a watch that received nothing for 30 s with a TimeoutError: a quiet
          // collection, not a broken one (a real API server sends bookmarks about once a minute).
          const quiet = error instanceof Error && error.name === 'TimeoutError';
          if ((error && !quiet) || this.#now() - openedAt < 1_000) {
            // Failed, or ended as soon as it opened: do not spin; list on the next read.
            this.stop();
          } else {
            // The server ended the watch (its timeout), or it was quiet: go on from the last
            // version seen (a version the server no longer has is a 410, then a new LIST).
            this.#open();
          }
        },
      )
      .then(
        controller => {
          if (current()) {
            // The server took the watch from our version: what we keep is current as of now.
            this.#heardAt = this.#now();
            this.#controller = controller;
          } else {
            controller.abort();
          }
        },
        () => {
          if (current()) {
            this.stop();
          }
        },
      );
  }
}
