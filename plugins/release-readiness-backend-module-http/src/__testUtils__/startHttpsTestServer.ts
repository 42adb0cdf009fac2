import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';

/** The tests' throw-away TLS material (see `src/__fixtures__/tls/README.md`). */
export const TEST_CA_FILE = resolve(__dirname, '../__fixtures__/tls/ca.crt');

/** A local HTTPS server with the test certificate (for `127.0.0.1` and `localhost`). */
export interface HttpsTestServer {
  url: string;
  /** Requests that reached the handler, i.e. whose TLS handshake succeeded. */
  requests: number;
  close(): Promise<void>;
}

/** Starts an {@link HttpsTestServer} on a free loopback port; for tests only. */
export async function startHttpsTestServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  /** `server`: signed by `ca.crt`; `self-signed`: its own issuer. */
  certificate: 'server' | 'self-signed' = 'server',
): Promise<HttpsTestServer> {
  const dir = resolve(__dirname, '../__fixtures__/tls');
  const sockets = new Set<Socket>();
  const state = { requests: 0 };
  const server = createServer(
    {
      cert: readFileSync(resolve(dir, `${certificate}.crt`)),
      key: readFileSync(resolve(dir, `${certificate}.key`)),
    },
    (req, res) => {
      state.requests++;
      handler(req, res);
    },
  );
  // Handshakes the client refuses end here; they are expected in these tests.
  server.on('tlsClientError', () => {});
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    close() {
      for (const socket of sockets) {
        socket.destroy();
      }
      return new Promise(done => server.close(() => done()));
    },
  };
}
