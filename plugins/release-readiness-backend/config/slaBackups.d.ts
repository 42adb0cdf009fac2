/** An environment's SLA objectives and backup items. */
export interface ReleaseReadinessEnvironmentSlaBackupsConfig {
  /**
   * SLA compliance: services and their objectives, measured by an installed SLA source (the
   * Prometheus module: `source: prometheus` with `prometheus.server`, a server the platform
   * defines). The source's own keys sit in this block and are read by the module.
   */
  sla?: {
    /** The SLA source type, e.g. `prometheus`. */
    source: string;
    services: {
      [service: string]: {
        /** The request-duration histogram's base name. Default `servanda_http_request_duration_seconds`. */
        metric?: string;
        /** PromQL label matchers of the service's requests, e.g. `service="api-gateway"`. */
        selector: string;
        /** Label matchers of its errors, added to `selector`. Default `status_code=~"5.."`. */
        errors?: string;
        objectives: {
          [objective: string]: {
            /** Display title; default from the kind and the id. */
            title?: string;
            kind: 'availability' | 'latency' | 'error-rate';
            /**
             * `slo` (default; with an error budget), `post-deploy` (a limit checked after a
             * deploy) or `rollback-trigger` (a short-window limit whose breach calls for a
             * rollback).
             */
            role?: 'slo' | 'post-deploy' | 'rollback-trigger';
            /**
             * A ratio between 0 and 1: the share of good requests (availability, latency) or
             * the highest error share (error-rate), e.g. 0.999 or 0.001.
             */
            target: number;
            /** latency: the threshold in seconds, best a histogram bucket boundary, e.g. 0.1. */
            threshold?: number;
            /** ISO 8601 duration (rolling) or `calendar-month`. Default `P30D`. */
            window?: string;
            /** Fewer requests in the window read "insufficient data". Default 100. */
            minRequests?: number;
          };
        };
      };
    };
  };
  /**
   * Backup freshness against the RPO, and the restore test. Each item names an installed
   * backup source (`kubernetes-cronjob`, `velero`, `kubernetes-job` from the Kubernetes
   * module, `prometheus` from the Prometheus module) whose own keys sit in the item.
   */
  backups?: {
    /** The default RPO of the items, ISO 8601 duration. Default `PT24H`. */
    rpo?: string;
    items?: {
      [item: string]: {
        /** `backup` (default) or `wal-lag` (the replication or WAL archive lag). */
        kind?: 'backup' | 'wal-lag';
        /** The backup source type. */
        source: string;
        /** backup: this item's RPO, ISO 8601 duration. */
        rpo?: string;
        /** wal-lag: the highest lag, ISO 8601 duration. Default `PT5M`. */
        maxLag?: string;
      };
    };
    /** The last successful restore test. */
    restoreTest?: {
      /** The oldest a passed restore test may be, ISO 8601 duration. Default `P30D`. */
      maxAge?: string;
      /**
       * `records` (default, built in: records that allowed users post with a link to their
       * report) or an installed source, e.g. `kubernetes-job`.
       */
      source?: string;
      /**
       * records: who may post them (besides the permission
       * `release-readiness.restore-test.record`): an activity's RACI letters, default
       * `{ activity: go-no-go, as: [responsible, accountable] }`, or `{ roles: [...] }`.
       */
      setBy?:
        | {
            activity: string;
            as: Array<'responsible' | 'accountable' | 'consulted' | 'informed'>;
          }
        | { roles: string[] };
    };
  };
}
