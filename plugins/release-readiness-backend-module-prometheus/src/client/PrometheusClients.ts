import type { PrometheusServer } from '../config/PrometheusServer';
import { PrometheusClient } from './PrometheusClient';

/**
 * The configured servers and one {@link PrometheusClient} per server, created on first use and
 * shared by every source that queries that server (SLA and backups alike).
 */
export class PrometheusClients {
  readonly servers: ReadonlyMap<string, PrometheusServer>;
  readonly #clients = new Map<string, PrometheusClient>();
  readonly #now?: () => number;

  constructor(
    servers: ReadonlyMap<string, PrometheusServer>,
    options: { now?: () => number } = {},
  ) {
    this.servers = servers;
    this.#now = options.now;
  }

  /** The client of a configured server. */
  get(server: PrometheusServer): PrometheusClient {
    let client = this.#clients.get(server.name);
    if (!client) {
      client = new PrometheusClient(server, { now: this.#now });
      this.#clients.set(server.name, client);
    }
    return client;
  }
}
