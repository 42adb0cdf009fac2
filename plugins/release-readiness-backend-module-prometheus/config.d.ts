/** A platform server reference: the only key a `prometheus` block of an environment holds. */
interface PrometheusServerReference {
  /** A server of `releaseReadiness.prometheus.servers`, e.g. `main`. */
  server: string;
}

/** A backup item (`backups.items.<name>`, or `backups.restoreTest`) for `source: prometheus`. */
interface PrometheusBackupItemConfig {
  /** For `source: prometheus`: the server to query. */
  prometheus?: PrometheusServerReference;
  /**
   * For `source: prometheus`: the PromQL whose value is the UNIX time (seconds) of the last
   * success (`kind: backup` or `restore-test`, e.g.
   * `velero_backup_last_successful_timestamp{schedule="daily"}`) or the lag in seconds
   * (`kind: wal-lag`, e.g. `time() - pg_wal_archive_last_success_timestamp_seconds`). In a team's
   * policy file only a metric selector `name{matchers}` (for `wal-lag` also `time() - name{…}`).
   */
  query?: string;
}

/** The keys of an environment that the `prometheus` sources read. */
interface PrometheusEnvironmentConfig {
  sla?: {
    /** For `source: prometheus`: the server to query. */
    prometheus?: PrometheusServerReference;
  };
  backups?: {
    items?: { [name: string]: PrometheusBackupItemConfig };
    restoreTest?: PrometheusBackupItemConfig;
  };
}

export interface Config {
  releaseReadiness?: {
    /** Platform settings of the `prometheus` SLA and backup sources (read at start-up). */
    prometheus?: {
      /** The Prometheus servers environments may name, by name (e.g. `main`). */
      servers?: {
        [name: string]: {
          /**
           * The base URL of the Prometheus HTTP API (the queries go to `<url>/api/v1/query`),
           * http or https, e.g. `https://prometheus.example` or `https://thanos.example/prom`.
           * Never with credentials (`user:password@`), a query or a fragment.
           */
          url: string;
          /** How to authenticate; default none. */
          auth?:
            | {
                type: 'bearer';
                /**
                 * The bearer token.
                 * @visibility secret
                 */
                token: string;
              }
            | {
                type: 'basic';
                username: string;
                /**
                 * The password.
                 * @visibility secret
                 */
                password: string;
              };
          /** A PEM file of CA certificates trusted for this server, in addition to Node's. */
          caFile?: string;
          /**
           * How long a measurement may take (each query also asks Prometheus for this limit),
           * e.g. `10s`, `PT10S`, `{ seconds: 10 }` or milliseconds. Default 10 s, or 90 % of
           * `releaseReadiness.collector.timeout` when that is shorter; never longer than it.
           */
          timeout?: string | number | { [unit: string]: number };
        };
      };
    };
    environments?: { [name: string]: PrometheusEnvironmentConfig };
    systems?: {
      [system: string]: {
        environments?: { [name: string]: PrometheusEnvironmentConfig };
      };
    };
  };
}
