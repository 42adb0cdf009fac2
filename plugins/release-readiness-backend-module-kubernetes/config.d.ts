export interface Config {
  releaseReadiness?: {
    environments?: {
      [name: string]: {
        /**
         * How the `kubernetes` workload source reaches the environment's API server. It makes
         * only namespace-scoped LIST calls (Deployments, StatefulSets, DaemonSets, ReplicaSets,
         * Pods, CronJobs, Jobs, HorizontalPodAutoscalers), with `labelSelector` when set.
         */
        kubernetes?: {
          /**
           * API server URL, e.g. `https://10.0.0.1:6443`. Required with a service-account token;
           * not allowed with `auth.type: kubeconfig` or `inCluster`, which supply their own.
           */
          url?: string;
          /**
           * Label selector for every LIST call, e.g. `app.kubernetes.io/part-of=servanda`. It
           * must also match the pod templates (Pods, ReplicaSets and Jobs are selected with it).
           */
          labelSelector?: string;
          /** Base64-encoded PEM CA bundle of the API server (as `certificate-authority-data`). */
          caData?: string;
          /** Path of a PEM CA bundle file of the API server. */
          caFile?: string;
          /**
           * Turns TLS verification of the API server off. Default false; plain `http://` URLs
           * are refused unless this is true (a rule of `@kubernetes/client-node`).
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
             * Service-account token (for `type: serviceAccount`). Never sent to the browser or
             * logged.
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
        };
        /** Options of the `snapshot` workload source (`workloads.source: snapshot`). */
        workloads?: {
          /**
           * The output of `kubectl get deploy,sts,ds,cronjob,job,hpa,rs,pod -n <namespace> -o yaml`
           * (or `-o json`). Relative paths are resolved from the backend's working directory
           * (`packages/backend` under `yarn start`). Re-read when it changes.
           */
          path?: string;
          /**
           * When the snapshot was taken (ISO 8601 with offset), shown as "as of". Default: the
           * file's modification time.
           */
          takenAt?: string;
        };
      };
    };
  };
}
