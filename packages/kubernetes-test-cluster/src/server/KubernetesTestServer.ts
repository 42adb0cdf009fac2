import { IncomingMessage, ServerResponse } from 'node:http';
import { RolloutBehaviour } from '../controllers/RolloutBehaviour';
import { WorkloadControllers } from '../controllers/WorkloadControllers';
import { sendResponse } from '../http/sendResponse';
import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';
import { routeRequest } from '../router/routeRequest';
import { ServerState } from '../router/ServerState';
import { ListCache } from '../store/ListCache';
import { ObjectKey, ObjectStore } from '../store/ObjectStore';
import { StoredObject } from '../store/StoredObject';
import { HttpListener } from './HttpListener';
import { KubernetesFault } from './KubernetesFault';
import { KubernetesTestServerOptions } from './KubernetesTestServerOptions';
import { RecordedRequest } from './RecordedRequest';
import { readBody } from './readBody';
import { recordRequest, WRITE_METHODS } from './recordRequest';
import { waitForRequest } from './waitForRequest';

/**
 * A Kubernetes API server stand-in for tests, the demo cluster and the benchmark: real HTTP on
 * loopback, namespaced and cluster-wide LIST calls answered from stored objects (label
 * selectors, `limit` and `continue` as the API server implements them), GET of one object,
 * PATCH (JSON, merge and strategic merge patches) and PUT with `resourceVersion` preconditions
 * and `dryRun=All`, the deployment, StatefulSet and DaemonSet controllers' part in a rollout, a
 * log of every request (writes with their body), and faults on demand.
 *
 * @public
 */
export class KubernetesTestServer {
  /** Every request received since the start or the last {@link KubernetesTestServer.clearRequests}. */
  readonly requests: RecordedRequest[] = [];
  readonly #options: KubernetesTestServerOptions;
  readonly #listener: HttpListener;
  readonly #state: ServerState;
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
    const store = new ObjectStore();
    this.#state = {
      store,
      listCache: new ListCache(),
      controllers: new WorkloadControllers(store, options.rollout),
      watch: options.watch ?? {},
    };
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

  /** The writes received (PATCH, PUT, POST, DELETE), dry runs and refused ones included. */
  get writes(): RecordedRequest[] {
    return this.requests.filter(r => WRITE_METHODS.has(r.method));
  }

  /** Replaces every object the server holds; LISTs from now on show only these. */
  setObjects(objects: StoredObject[]): void {
    this.#state.store.replaceAll(objects);
  }

  /**
   * Stores one object (new, or in place of the one with its identity) under a new resource
   * version, as a controller's write would, and tells open watches; returns what was stored.
   */
  putObject(object: StoredObject): StoredObject {
    return this.#state.store.put(object);
  }

  /** Deletes one object and tells open watches; false when there was none. */
  deleteObject(key: ObjectKey): boolean {
    return this.#state.store.remove(key);
  }

  /** How many watches are open now. */
  get watchers(): number {
    return this.#state.store.events.watchers;
  }

  /** A copy of one stored object as it is now, or `undefined`. */
  getObject(key: ObjectKey): StoredObject | undefined {
    return this.#state.store.get(key);
  }

  /**
   * How rollouts end from now on (see {@link RolloutBehaviour}); `false` turns the controllers
   * off. Rollouts in progress keep the behaviour they started with.
   */
  setRollout(behaviour: RolloutBehaviour | false): void {
    this.#state.controllers.configure(behaviour);
  }

  /** Resolves once no rollout is in progress. */
  async waitForRollouts(): Promise<void> {
    await this.#state.controllers.settled();
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

  /**
   * Stops listening and drops open connections, and drops rollouts in progress; does nothing
   * more when not listening.
   */
  async stop(): Promise<void> {
    this.#state.controllers.stop();
    if (!this.#listener.listening) {
      return;
    }
    await this.#listener.close();
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const record = recordRequest(req, res, url);
    this.requests.push(record);
    // The fault at the time the request arrived, whatever the latency.
    const fault = this.#fault;
    if (
      fault?.type === 'hang' &&
      (!fault.method || fault.method === record.method)
    ) {
      return;
    }
    const body = readBody(req).then(text => {
      if (WRITE_METHODS.has(record.method)) {
        record.body = text;
      }
      return text;
    });
    // Its failure is answered below (500), also when it comes before the latency is over.
    body.catch(() => undefined);
    const options = { token: this.#options.token, fault };
    const respond = async () => {
      let response: TestResponse;
      try {
        const request = {
          method: req.method ?? 'GET',
          url,
          headers: req.headers,
          body: await body,
        };
        if (res.destroyed) {
          return;
        }
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
