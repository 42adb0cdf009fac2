import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';

/**
 * A request the test server received.
 *
 * @public
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Resolves when the client closed the connection before an answer was sent. */
  aborted: Promise<void>;
}

/**
 * A local HTTP server that replays upstream answers; for tests only.
 *
 * @public
 */
export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler for the following requests. */
  handle(
    handler: (
      req: RecordedRequest,
      res: ServerResponse,
    ) => void | Promise<void>,
  ): void;
  close(): Promise<void>;
}

/**
 * JSON answer with optional headers.
 *
 * @public
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Starts a {@link TestServer} on a free loopback port.
 *
 * @public
 */
export async function startTestServer(): Promise<TestServer> {
  let handler: (
    req: RecordedRequest,
    res: ServerResponse,
  ) => void | Promise<void> = (_req, res) => sendJson(res, 500, {});
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const aborted = new Promise<void>(resolve => {
      res.on('close', () => {
        if (!res.writableFinished) {
          resolve();
        }
      });
    });
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      aborted,
    };
    requests.push(recorded);
    Promise.resolve(handler(recorded, res)).catch(() => {
      res.destroy();
    });
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next;
    },
    close() {
      for (const socket of sockets) {
        socket.destroy();
      }
      return new Promise(resolve => server.close(() => resolve()));
    },
  };
}
