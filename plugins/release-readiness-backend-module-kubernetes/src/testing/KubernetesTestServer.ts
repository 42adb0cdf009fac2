import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { AddressInfo, Socket } from 'node:net';
import { StoredObject } from './loadObjects';
import { matchLabelSelector } from './matchLabelSelector';
import { RESOURCE_TYPES } from './resources';

/**
 * A failure the test server can act out.
 *
 * - `hang`: accept the request and never answer.
 * - `refuse`: stop listening and drop open connections, so connections are refused.
 * - `status`: answer with that HTTP status and a Kubernetes `Status` body (429 adds `Retry-After`).
 * - `malformed`: answer 200 with a body that is not JSON.
 *
 * @public
 */
export type KubernetesFault =
  | { type: 'hang' }
  | { type: 'refuse' }
  | { type: 'status'; status: number; retryAfterSeconds?: number }
  | { type: 'malformed' };

/**
 * One request the test server received.
 *
 * @public
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The `Authorization` header as received (the test server's own tokens only). */
  authorization?: string;
  receivedAt: number;
  /** `answered` once the response was sent; `aborted` when the client closed it first. */
  outcome?: 'answered' | 'aborted';
  closedAt?: number;
}

/**
 * Options of {@link KubernetesTestServer.start}.
 *
 * @public
 */
export interface KubernetesTestServerOptions {
  objects?: StoredObject[];
  /** When set, requests must carry `Authorization: Bearer <token>`, else 401. */
  token?: string;
  /** Delay before every answer. */
  latencyMs?: number;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on; default `127.0.0.1`. */
  host?: string;
  /** Serve HTTPS with this certificate (see `demoTls`); plain HTTP otherwise. */
  tls?: { cert: string; key: string };
}

const PATH =
  /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)$/;

function status(code: number, reason: string, message: string, extra = {}) {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
    ...extra,
  };
}

/**
 * A Kubernetes API server stand-in for tests, the demo cluster and the benchmark: real HTTP on
 * loopback, namespaced and cluster-wide LIST calls answered from stored objects (label
 * selectors, `limit` and `continue` as the API server implements them), a log of every request,
 * and faults on demand.
 *
 * @public
 */
export class KubernetesTestServer {
  readonly requests: RecordedRequest[] = [];
  /** TCP connections accepted so far (a client that reuses connections keeps this low). */
  connections = 0;
  readonly #server: Server;
  readonly #options: KubernetesTestServerOptions;
  #objects: StoredObject[] = [];
  #bodies = new Map<string, string>();
  #resourceVersion = 1000;
  #fault?: KubernetesFault;
  #latencyMs: number;
  #port = 0;
  #listening = false;
  readonly #sockets = new Set<Socket>();

  static async start(
    options: KubernetesTestServerOptions = {},
  ): Promise<KubernetesTestServer> {
    const server = new KubernetesTestServer(options);
    await server.#listen(options.port ?? 0);
    return server;
  }

  private constructor(options: KubernetesTestServerOptions) {
    this.#options = options;
    this.#latencyMs = options.latencyMs ?? 0;
    this.setObjects(options.objects ?? []);
    const handler = (req: IncomingMessage, res: ServerResponse) =>
      this.#handle(req, res);
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

  /** The server's base URL, e.g. `http://127.0.0.1:41234`. */
  get url(): string {
    const scheme = this.#options.tls ? 'https' : 'http';
    return `${scheme}://${this.#options.host ?? '127.0.0.1'}:${this.#port}`;
  }

  setObjects(objects: StoredObject[]): void {
    this.#objects = [...objects].sort((a, b) =>
      `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(
        `${b.metadata.namespace ?? ''}/${b.metadata.name}`,
      ),
    );
    this.#bodies.clear();
    this.#resourceVersion += 1;
  }

  async setFault(fault: KubernetesFault | undefined): Promise<void> {
    this.#fault = fault;
    if (fault?.type === 'refuse' && this.#listening) {
      await this.#close();
    } else if (fault?.type !== 'refuse' && !this.#listening) {
      await this.#listen(this.#port);
    }
  }

  setLatency(ms: number): void {
    this.#latencyMs = ms;
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Resolves once a recorded request satisfies `predicate`, or rejects after `timeoutMs`. */
  async waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = 5_000,
  ): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(predicate);
      if (found) {
        return found;
      }
      if (Date.now() > deadline) {
        throw new Error(`no matching request within ${timeoutMs} ms`);
      }
      await new Promise(resolve => setTimeout(resolve, 10));
    }
  }

  async stop(): Promise<void> {
    if (!this.#listening) {
      return;
    }
    await this.#close();
  }

  async #close(): Promise<void> {
    this.#listening = false;
    await new Promise<void>(resolve => {
      this.#server.close(() => resolve());
      for (const socket of this.#sockets) {
        socket.destroy();
      }
    });
  }

  async #listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, this.#options.host ?? '127.0.0.1', () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    this.#port = (this.#server.address() as AddressInfo).port;
    this.#listening = true;
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(req.headers.authorization && {
        authorization: req.headers.authorization,
      }),
      receivedAt: Date.now(),
    };
    this.requests.push(record);
    res.on('close', () => {
      record.closedAt = Date.now();
      record.outcome = res.writableFinished ? 'answered' : 'aborted';
    });
    const fault = this.#fault;
    if (fault?.type === 'hang') {
      return;
    }
    const respond = () => {
      if (!res.destroyed) {
        this.#respond(req, url, res, fault);
      }
    };
    if (this.#latencyMs > 0) {
      setTimeout(respond, this.#latencyMs);
    } else {
      respond();
    }
  }

  #send(res: ServerResponse, code: number, body: string, headers = {}) {
    res.writeHead(code, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      ...headers,
    });
    res.end(body);
  }

  #respond(
    req: IncomingMessage,
    url: URL,
    res: ServerResponse,
    fault: KubernetesFault | undefined,
  ): void {
    const expected = this.#options.token && `Bearer ${this.#options.token}`;
    if (expected && req.headers.authorization !== expected) {
      this.#send(
        res,
        401,
        JSON.stringify(status(401, 'Unauthorized', 'Unauthorized')),
      );
      return;
    }
    if (fault?.type === 'malformed') {
      this.#send(res, 200, '{"kind":"DeploymentList","items":[{"metadata":');
      return;
    }
    if (fault?.type === 'status') {
      this.#sendFault(res, url, fault.status, fault.retryAfterSeconds);
      return;
    }
    if (req.method !== 'GET') {
      const body = status(
        405,
        'MethodNotAllowed',
        'the test server only serves reads',
      );
      this.#send(res, 405, JSON.stringify(body));
      return;
    }
    if (url.pathname === '/version') {
      this.#send(
        res,
        200,
        JSON.stringify({ major: '1', minor: '31', gitVersion: 'v1.31.0' }),
      );
      return;
    }
    const key = `${url.pathname}?${url.searchParams}`;
    let body = this.#bodies.get(key);
    if (body === undefined) {
      try {
        body = this.#list(url);
      } catch (error) {
        const message = (error as Error).message;
        this.#send(
          res,
          400,
          JSON.stringify(status(400, 'BadRequest', message)),
        );
        return;
      }
      this.#bodies.set(key, body);
    }
    this.#send(res, 200, body);
  }

  #sendFault(res: ServerResponse, url: URL, code: number, retryAfter?: number) {
    const resource = url.pathname.split('/').pop();
    const bodies: Record<number, object> = {
      401: status(401, 'Unauthorized', 'Unauthorized'),
      403: status(
        403,
        'Forbidden',
        `${resource} is forbidden: User "system:serviceaccount:release-readiness:reader" cannot list resource "${resource}"`,
        { details: { kind: resource } },
      ),
      429: status(
        429,
        'TooManyRequests',
        'Too many requests, please try again later.',
        {
          details: { retryAfterSeconds: retryAfter ?? 1 },
        },
      ),
    };
    const body =
      bodies[code] ??
      status(code, 'InternalError', 'Internal error occurred: test fault');
    this.#send(
      res,
      code,
      JSON.stringify(body),
      code === 429 ? { 'retry-after': String(retryAfter ?? 1) } : {},
    );
  }

  #list(url: URL): string {
    const match = PATH.exec(url.pathname);
    if (!match) {
      throw new Error(`the test server does not serve ${url.pathname}`);
    }
    const [, core, group, namespace, resource] = match;
    const apiVersion = core ?? group;
    const type = RESOURCE_TYPES.find(
      t => t.apiVersion === apiVersion && t.resource === resource,
    );
    const matches = matchLabelSelector(
      url.searchParams.get('labelSelector') ?? undefined,
    );
    const all = type
      ? this.#objects.filter(
          o =>
            o.apiVersion === apiVersion &&
            o.kind === type.kind &&
            (!namespace || o.metadata.namespace === namespace) &&
            matches(o.metadata.labels),
        )
      : [];
    const offset = Number(
      url.searchParams.get('continue')
        ? Buffer.from(url.searchParams.get('continue')!, 'base64').toString()
        : 0,
    );
    const limit = Number(url.searchParams.get('limit') ?? 0);
    const end = limit > 0 ? offset + limit : all.length;
    const page = all.slice(offset, end);
    // A real API server leaves apiVersion and kind out of list items.
    const items = page.map(({ apiVersion: _a, kind: _k, ...rest }) => rest);
    return JSON.stringify({
      kind: type ? `${type.kind}List` : 'List',
      apiVersion,
      metadata: {
        resourceVersion: String(this.#resourceVersion),
        ...(end < all.length && {
          continue: Buffer.from(String(end)).toString('base64'),
          remainingItemCount: all.length - end,
        }),
      },
      items,
    });
  }
}
