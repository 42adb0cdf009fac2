import { IncomingMessage, ServerResponse } from 'node:http';
import { sendResponse } from '../http/sendResponse';
import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';
import { routeRequest } from '../router/routeRequest';
import { ServerState } from '../router/ServerState';
import { ListCache } from '../store/ListCache';
import { ObjectStore } from '../store/ObjectStore';
import { StoredObject } from '../store/StoredObject';
import { HttpListener } from './HttpListener';
import { KubernetesFault } from './KubernetesFault';
import { KubernetesTestServerOptions } from './KubernetesTestServerOptions';
import { RecordedRequest } from './RecordedRequest';
import { recordRequest } from './recordRequest';
import { waitForRequest } from './waitForRequest';

/**
 * A Kubernetes API server stand-in for tests, the demo cluster and the benchmark: real HTTP on
 * loopback, namespaced and cluster-wide LIST calls answered from stored objects (label
 * selectors, `limit` and `continue` as the API server implements them), a log of every request,
 * and faults on demand.
 *
 * @public
 */
export class KubernetesTestServer {
  /** Every request received since the start or the last {@link KubernetesTestServer.clearRequests}. */
  readonly requests: RecordedRequest[] = [];
  readonly #options: KubernetesTestServerOptions;
  readonly #listener: HttpListener;
  readonly #state: ServerState = {
    store: new ObjectStore(),
    listCache: new ListCache(),
  };
  #fault?: KubernetesFault;
  #latencyMs: number;

  /** Starts a server with `options` and resolves once it listens. */
  static async start(
    options: KubernetesTestServerOptions = {},
  ): Promise<KubernetesTestServer> {
    const server = new KubernetesTestServer(options);
    await server.#listener.listen(options.port ?? 0);
    return server;
  }

  private constructor(options: KubernetesTestServerOptions) {
    this.#options = options;
    this.#latencyMs = options.latencyMs ?? 0;
    this.setObjects(options.objects ?? []);
    this.#listener = new HttpListener(
      { host: options.host ?? '127.0.0.1', tls: options.tls },
      (req, res) => this.#handle(req, res),
    );
  }

  /** TCP connections accepted so far (a client that reuses connections keeps this low). */
  get connections(): number {
    return this.#listener.connections;
  }

  /** The server's base URL, e.g. `http://127.0.0.1:41234`. */
  get url(): string {
    const scheme = this.#options.tls ? 'https' : 'http';
    return `${scheme}://${this.#options.host ?? '127.0.0.1'}:${
      this.#listener.port
    }`;
  }

  /** Replaces every object the server holds; LISTs from now on show only these. */
  setObjects(objects: StoredObject[]): void {
    this.#state.store.replaceAll(objects);
  }

  /**
   * Acts out `fault` for the requests from now on (`undefined` ends it). `refuse` stops listening
   * at once; any other value listens again on the same port.
   */
  async setFault(fault: KubernetesFault | undefined): Promise<void> {
    this.#fault = fault;
    if (fault?.type === 'refuse' && this.#listener.listening) {
      await this.#listener.close();
    } else if (fault?.type !== 'refuse' && !this.#listener.listening) {
      await this.#listener.listen(this.#listener.port);
    }
  }

  /** Delays every answer from now on by `ms`. */
  setLatency(ms: number): void {
    this.#latencyMs = ms;
  }

  /** Empties {@link KubernetesTestServer.requests}. */
  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Resolves once a recorded request satisfies `predicate`, or rejects after `timeoutMs`. */
  async waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = 5_000,
  ): Promise<RecordedRequest> {
    return waitForRequest(this.requests, predicate, timeoutMs);
  }

  /** Stops listening and drops open connections; does nothing when not listening. */
  async stop(): Promise<void> {
    if (!this.#listener.listening) {
      return;
    }
    await this.#listener.close();
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    this.requests.push(recordRequest(req, res, url));
    // The fault at the time the request arrived, whatever the latency.
    const fault = this.#fault;
    if (fault?.type === 'hang') {
      return;
    }
    const request = {
      method: req.method ?? 'GET',
      url,
      headers: req.headers,
    };
    const options = { token: this.#options.token, fault };
    const respond = async () => {
      if (res.destroyed) {
        return;
      }
      let response: TestResponse;
      try {
        response = await routeRequest(request, this.#state, options);
      } catch {
        // A bug in a handler: answer, never crash the process that hosts the server.
        response = statusResponse(500, 'InternalError', 'test server error');
      }
      if (!res.destroyed) {
        sendResponse(res, response);
      }
    };
    if (this.#latencyMs > 0) {
      setTimeout(() => void respond(), this.#latencyMs);
    } else {
      void respond();
    }
  }
}
