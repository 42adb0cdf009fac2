import { ServerResponse } from 'node:http';
import { ObjectStore } from '../store/ObjectStore';
import { StoredObject } from '../store/StoredObject';
import { StoreEvent } from './WatchLog';
import { watchEventLine } from './watchEventLine';

/** One watch request, parsed. */
export interface WatchRequest {
  apiVersion: string;
  kind: string;
  namespace?: string;
  matches: (labels: Record<string, string> | undefined) => boolean;
  /** Absent or 0: start with an ADDED event for every current object. */
  resourceVersion?: number;
  bookmarks: boolean;
  bookmarkIntervalMs: number;
  timeoutMs: number;
}

/**
 * Serves one watch on `res` as a Kubernetes API server does: a `200` whose body is a stream of
 * newline-delimited JSON events (`ADDED`, `MODIFIED`, `DELETED`, `BOOKMARK`, `ERROR`) that stays
 * open until the timeout, the client leaving, or the server stopping. A watch from a resource
 * version the history no longer holds gets one `ERROR` event with a `410 Expired` status and
 * ends, as does every open watch when all objects are replaced at once.
 */
export function streamWatch(
  res: ServerResponse,
  store: ObjectStore,
  watch: WatchRequest,
): void {
  res.writeHead(200, {
    'content-type': 'application/json',
    'transfer-encoding': 'chunked',
  });
  // The status and headers go out now, not with the first event, as the API server's do.
  res.flushHeaders();
  const selected = (o: StoredObject) =>
    o.apiVersion === watch.apiVersion &&
    o.kind === watch.kind &&
    (!watch.namespace || o.metadata.namespace === watch.namespace) &&
    watch.matches(o.metadata.labels);
  const send = (event: StoreEvent) => {
    if (selected(event.object)) {
      res.write(watchEventLine(event.type, event.object));
    }
  };
  const expired = () => {
    res.write(
      watchEventLine('ERROR', {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'too old resource version',
        reason: 'Expired',
        code: 410,
      }),
    );
    res.end();
  };
  const from = watch.resourceVersion ?? 0;
  const history = from > 0 ? store.events.since(from) : [];
  if (!history) {
    expired();
    return;
  }
  if (from === 0) {
    for (const object of store.list(watch)) {
      res.write(watchEventLine('ADDED', object));
    }
  }
  history.forEach(send);
  const unsubscribe = store.events.subscribe(signal => {
    if (signal.type === 'RESET') {
      expired();
    } else {
      send(signal);
    }
  });
  const bookmarks = watch.bookmarks
    ? setInterval(() => {
        res.write(
          watchEventLine('BOOKMARK', {
            kind: watch.kind,
            apiVersion: watch.apiVersion,
            metadata: { resourceVersion: String(store.resourceVersion) },
          }),
        );
      }, watch.bookmarkIntervalMs)
    : undefined;
  const timeout = setTimeout(() => res.end(), watch.timeoutMs);
  res.once('close', () => {
    unsubscribe();
    clearInterval(bookmarks);
    clearTimeout(timeout);
  });
}
