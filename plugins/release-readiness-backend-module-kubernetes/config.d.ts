/**
 * How the `kubernetes` workload source reaches an API server and who it is there. It makes only
 * namespace-scoped LIST calls (Deployments, StatefulSets, DaemonSets, ReplicaSets, Pods,
 * CronJobs, Jobs, HorizontalPodAutoscalers; for the backup sources also Velero's
 * `backups.velero.io` in Velero's namespace). The `kubernetes` rollback strategy (module
 * `kubernetes-rollback`) writes with the same connection: `get` and `patch` on Deployments,
 * StatefulSets and DaemonSets, `list` on ReplicaSets and ControllerRevisions, in the
 * environment's namespace only.
 */
interface KubernetesConnection {
  /**
   * API server URL, e.g. `https://10.0.0.1:6443`. Required with a service-account token; not
   * allowed with `auth.type: kubeconfig` or `inCluster`, which supply their own. Must not contain
   * credentials (`user:password@`).
   */
  url?: string;
  /**
   * Label selector of the workloads (Deployments, StatefulSets, DaemonSets, CronJobs and their
   * HPAs), e.g. `app.kubernetes.io/part-of=servanda`. ReplicaSets, Jobs and Pods are found by
   * owner reference, without it.
   */
  labelSelector?: string;
  /** Base64-encoded PEM CA bundle of the API server (as `certificate-authority-data`). */
  caData?: string;
  /** Path of a PEM CA bundle file of the API server. */
  caFile?: string;
  /**
   * Turns TLS verification of the API server off. Default false; plain `http://` URLs are
   * refused unless this is true (a rule of `@kubernetes/client-node`).
   */
  skipTLSVerify?: boolean;
  /** Credentials. Without `auth`, requests are anonymous. */
  auth?: {
    /**
     * `serviceAccount` (a bearer token: `token` or `tokenFile`), `kubeconfig` (a file and
     * context) or `inCluster` (the pod's own service account).
     */
    type: 'serviceAccount' | 'kubeconfig' | 'inCluster';
    /**
     * Service-account token (for `type: serviceAccount`). Never sent to the browser or logged.
     * @visibility secret
     */
    token?: string;
    /** File holding the token, re-read every minute (for `type: serviceAccount`). */
    tokenFile?: string;
    /** Kubeconfig file (for `type: kubeconfig`); default `$KUBECONFIG` or `~/.kube/config`. */
    path?: string;
    /** Context in the kubeconfig (for `type: kubeconfig`); default its current context. */
    context?: string;
  };
}

/**
 * The keys of one backup item (`backups.items.<name>`, or `backups.restoreTest`) that the
 * Kubernetes backup sources read. `kind`, `rpo`, `maxAge` and the rest are the backend's. The
 * item is read on the cluster and namespace of its environment (`cluster`, `namespace`).
 */
interface KubernetesBackupItem {
  /**
   * `kubernetes-cronjob` (a backup CronJob), `velero` (Velero Backups of a schedule) or
   * `kubernetes-job` (Jobs by label, e.g. restore tests) for these sources.
   */
  source?: string;
  /** `kubernetes-cronjob`: the CronJob's name in the environment's namespace. */
  cronJob?: string;
  /**
   * `velero`: the Velero Schedule whose Backups count (label `velero.io/schedule-name`). It or
   * `labelSelector` is required.
   */
  schedule?: string;
  /**
   * `velero`: the namespace of Velero's Backups, default `velero`. On a platform cluster it must
   * be the cluster's `veleroNamespace` (default `velero`); no item reads another namespace there.
   */
  namespace?: string;
  /**
   * `velero`: labels the Backups must also carry. `kubernetes-job` (required): the labels of the
   * Jobs, e.g. `app.kubernetes.io/component=restore-test`.
   */
  labelSelector?: string;
}

/**
 * The Kubernetes keys of one environment's block (in the portal's configuration or in a team's
 * policy file).
 */
interface KubernetesEnvironment {
  /**
   * The platform cluster the environment runs on, a key of `releaseReadiness.clusters`. The
   * way a team's policy file says where it runs (it never carries a server or credentials).
   */
  cluster?: string;
  /** The environment's namespace on that cluster, e.g. `servanda-prod`. Required with `cluster`. */
  namespace?: string;
  /**
   * Label selector of the environment's workloads; default the cluster's. Not for an air-gapped
   * cluster (its snapshots are read whole).
   */
  labelSelector?: string;
  /**
   * Platform-owned blocks only (refused in a team's policy): the environment's own connection,
   * instead of `cluster`. `cluster` and `namespace` here are display names; `airGapped` marks it
   * offline on the board.
   */
  kubernetes?: KubernetesConnection & {
    cluster?: string;
    namespace?: string;
    airGapped?: boolean;
  };
  /** Options of the `snapshot` workload source (`workloads.source: snapshot`). */
  workloads?: {
    /**
     * Platform-owned blocks only: the output of
     * `kubectl get deploy,sts,ds,cronjob,job,hpa,rs,pod -n <namespace> -o yaml` (or `-o json`).
     * Relative paths are resolved from the backend's working directory (`packages/backend` under
     * `yarn start`). Re-read when it changes.
     */
    path?: string;
    /**
     * When the snapshot was taken (ISO 8601 with offset), shown as "as of". Default: the file's
     * modification time.
     */
    takenAt?: string;
  };
  /** The keys of the environment's backup items that the Kubernetes backup sources read. */
  backups?: {
    items?: { [name: string]: KubernetesBackupItem };
    restoreTest?: KubernetesBackupItem;
  };
}

export interface Config {
  releaseReadiness?: {
    /**
     * The platform's Kubernetes clusters, by name. Environments name one (`cluster`,
     * `namespace`); connections and credentials stay here. Read at start-up: an invalid cluster
     * stops the backend naming `releaseReadiness.clusters.<name>.<key>`.
     */
    clusters?: {
      [name: string]: KubernetesConnection & {
        /**
         * True for an air-gapped cluster, read from offline snapshot files instead of an API
         * server (then only `snapshots`, `takenAt` and `veleroNamespace` are allowed).
         */
        airGapped?: boolean;
        /**
         * Air-gapped clusters: one `kubectl get deploy,sts,ds,cronjob,job,hpa,rs,pod -n <namespace>
         * -o yaml` file per namespace, e.g. `{ servanda-prod: snapshots/prod-onprem.yaml }`.
         * Relative paths are resolved from the backend's working directory; every file must be
         * readable at start-up, and is re-read when it changes.
         */
        snapshots?: { [namespace: string]: string };
        /**
         * Air-gapped clusters: when the snapshots were taken (ISO 8601 with offset). Default:
         * each file's modification time.
         */
        takenAt?: string;
        /**
         * The namespace Velero runs in on this cluster (its Backups are read there by the
         * `velero` backup source, with `list` on `backups.velero.io` in it), default `velero`.
         * Backup items may not name another.
         */
        veleroNamespace?: string;
        /**
         * Keep the workloads of this cluster's environments fresh by watches: each collection is
         * listed once, then a watch (with bookmarks) keeps it current, and reads cost no request
         * while the watch is healthy; an expired watch (410), a failed or a silent one (3 min)
         * means a new LIST on the next read. One open request per collection (8 per environment)
         * while the environment is read at least every 15 min. Default false: every refresh
         * lists again. Needs `watch` as well as `list` on the same resources.
         */
        watch?: boolean;
      };
    };
    /**
     * How the Kubernetes workload source parses LIST bodies. Bodies of `minBytes` or more are
     * parsed (`JSON.parse`) and cut down to the fields the board reads on worker threads, so
     * that a large namespace neither blocks the backend's event loop nor runs on one core only;
     * smaller ones on the event loop. Read at start-up; a value that is not a whole number in
     * range stops the backend naming the key.
     */
    kubernetesParsing?: {
      /**
       * Worker threads, 0 to 64; 0 parses every body on the event loop. Default: one per CPU
       * core but one, at most 4 (0 on a single core). Each thread keeps its own heap (about 30 to
       * 60 MB while it parses).
       */
      threads?: number;
      /** Bodies of at least this many bytes go to a thread. Default 262144 (256 KiB). */
      minBytes?: number;
    };
    environments?: {
      [name: string]: KubernetesEnvironment;
    };
    systems?: {
      [system: string]: {
        environments?: {
          [name: string]: KubernetesEnvironment;
        };
      };
    };
  };
}
