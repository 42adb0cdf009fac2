import { ServerResponse } from 'node:http';
import { TestResponse } from './TestResponse';

/** Writes `response` as JSON with its `content-length`. */
export function sendResponse(
  res: ServerResponse,
  response: TestResponse,
): void {
  if (response.stream) {
    response.stream(res);
    return;
  }
  res.writeHead(response.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(response.body),
    ...response.headers,
  });
  res.end(response.body);
}
