import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { AddressInfo, Socket } from 'node:net';

/**
 * The socket side of the test server: an HTTP or HTTPS server that can stop listening (dropping
 * every open connection, TLS handshakes in progress included) and listen again on the same port,
 * and counts the TCP connections it accepted.
 */
export class HttpListener {
  /** TCP connections accepted so far. */
  connections = 0;
  readonly #server: Server;
  readonly #host: string;
  readonly #sockets = new Set<Socket>();
  #port = 0;
  #listening = false;

  constructor(
    options: { host: string; tls?: { cert: string; key: string } },
    handler: (req: IncomingMessage, res: ServerResponse) => void,
  ) {
    this.#host = options.host;
    this.#server = options.tls
      ? createHttpsServer(
          { cert: options.tls.cert, key: options.tls.key },
          handler,
        )
      : createServer(handler);
    this.#server.keepAliveTimeout = 60_000;
    // Raw TCP sockets, including TLS handshakes in progress, which closeAllConnections misses.
    this.#server.on('connection', (socket: Socket) => {
      this.connections += 1;
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    });
  }

  /** The port listened on (or last listened on); 0 before the first `listen`. */
  get port(): number {
    return this.#port;
  }

  get listening(): boolean {
    return this.#listening;
  }

  /** Listens on `port` (0 picks a free one). */
  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, this.#host, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    this.#port = (this.#server.address() as AddressInfo).port;
    this.#listening = true;
  }

  /** Stops listening and destroys every open connection. */
  async close(): Promise<void> {
    this.#listening = false;
    await new Promise<void>(resolve => {
      this.#server.close(() => resolve());
      for (const socket of this.#sockets) {
        socket.destroy();
      }
    });
  }
}
