import { IncomingMessage, ServerResponse } from 'node:http';
import { RecordedRequest } from './RecordedRequest';

/**
 * The log entry of one request: method, path, query and `Authorization` as received, and, once
 * the response closes, whether it was answered or the client gave up first.
 */
export function recordRequest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): RecordedRequest {
  const record: RecordedRequest = {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    ...(req.headers.authorization && {
      authorization: req.headers.authorization,
    }),
    receivedAt: Date.now(),
  };
  res.on('close', () => {
    record.closedAt = Date.now();
    record.outcome = res.writableFinished ? 'answered' : 'aborted';
  });
  return record;
}
