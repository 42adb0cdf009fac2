/**
 * One Prometheus server of `releaseReadiness.prometheus.servers`, validated: what the client needs
 * to query it.
 */
export interface PrometheusServer {
  /** The key under `servers`, e.g. `main`. */
  name: string;
  /** The base URL without a trailing slash, e.g. `https://prometheus.example/prom`. */
  url: string;
  /** The `Authorization` header's value, when the server needs one. */
  authorization?: string;
  /**
   * The credentials (token, password, the header value): never shown or logged, and removed from
   * anything the upstream says before it is logged.
   */
  secrets: string[];
  /** Extra trusted CA certificates (`caFile`), in addition to Node's. */
  ca?: string[];
  /** Every measurement is aborted after this long; each query asks Prometheus for the same limit. */
  timeoutMs: number;
}
