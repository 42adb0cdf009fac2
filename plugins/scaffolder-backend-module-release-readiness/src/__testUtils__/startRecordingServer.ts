import { createServer, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';

/** A request the recording server received, with its body. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization?: string;
  /** The JSON body, when there was one. */
  body?: unknown;
}

/** A loopback HTTP server standing in for an upstream; for tests only. */
export interface RecordingServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  requests: ReceivedRequest[];
  /** Replaces the handler for the following requests. */
  handle(
    handler: (
      req: ReceivedRequest,
      res: ServerResponse,
    ) => void | Promise<void>,
  ): void;
  close(): Promise<void>;
}

/**
 * Starts a {@link RecordingServer} on a free loopback port: it records every request (method,
 * path, query, `Authorization`, parsed JSON body) and answers with the current handler (500 until
 * one is set).
 */
export async function startRecordingServer(): Promise<RecordingServer> {
  let handler: (
    req: ReceivedRequest,
    res: ServerResponse,
  ) => void | Promise<void> = (_req, res) => {
    res.writeHead(500).end();
  };
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const text = Buffer.concat(chunks).toString('utf8');
      const received: ReceivedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        authorization: req.headers.authorization,
        ...(text && { body: JSON.parse(text) }),
      };
      requests.push(received);
      Promise.resolve(handler(received, res)).catch(() => res.destroy());
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
