import { IncomingMessage, ServerResponse } from 'node:http';
import { RecordedRequest } from './RecordedRequest';

/** The methods that ask the server to change something. */
export const WRITE_METHODS: ReadonlySet<string> = new Set([
  'PATCH',
  'PUT',
  'POST',
  'DELETE',
]);

/**
 * The log entry of one request: method, path, query, `Authorization` and `Content-Type` as
 * received (writes: whether they are a dry run), and, once the response closes, whether it was
 * answered (with its status) or the client gave up first. A write's body is added once read.
 */
export function recordRequest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): RecordedRequest {
  const method = req.method ?? 'GET';
  const record: RecordedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    ...(req.headers.authorization && {
      authorization: req.headers.authorization,
    }),
    ...(req.headers['content-type'] && {
      contentType: req.headers['content-type'],
    }),
    ...(WRITE_METHODS.has(method) && {
      dryRun: url.searchParams.getAll('dryRun').includes('All'),
    }),
    receivedAt: Date.now(),
  };
  res.on('close', () => {
    record.closedAt = Date.now();
    record.outcome = res.writableFinished ? 'answered' : 'aborted';
    if (res.writableFinished) {
      record.status = res.statusCode;
    }
  });
  return record;
}
