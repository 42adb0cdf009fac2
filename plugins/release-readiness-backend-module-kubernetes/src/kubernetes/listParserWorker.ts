import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ListResource } from './listTrims';
import { parseListBody } from './parseListBody';

/** What a {@link ListParserThread} sends its worker: one body to parse. */
export interface ListParseRequest {
  id: number;
  resource: ListResource;
  body: Uint8Array;
}

/** What the worker answers: the parsed page, or which error `parseListBody` threw. */
export type ListParseReply =
  | { type: 'ready' }
  | { type: 'parsed'; id: number; page: ReturnType<typeof parseListBody> }
  | { type: 'failed'; id: number; syntax: boolean };

/** `workerData` that marks a worker thread as a LIST parser. */
export const LIST_PARSER_WORKER_DATA = {
  releaseReadinessListParser: 1,
} as const;

/**
 * This module's own file: the worker thread's entry point. Worker threads load it again and
 * find themselves marked by `workerData` (below); the event loop's thread only imports it.
 */
export const LIST_PARSER_WORKER_FILE = __filename;

function isListParserWorker(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    'releaseReadinessListParser' in data
  );
}

if (!isMainThread && parentPort && isListParserWorker(workerData)) {
  const port = parentPort;
  port.on('message', ({ id, resource, body }: ListParseRequest) => {
    let reply: ListParseReply;
    try {
      reply = { type: 'parsed', id, page: parseListBody(body, resource) };
    } catch (error) {
      reply = { type: 'failed', id, syntax: error instanceof SyntaxError };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies ListParseReply);
}
