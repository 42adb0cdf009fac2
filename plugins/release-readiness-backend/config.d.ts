export interface Config {
  /** Configuration of the release-readiness plugins. */
  releaseReadiness?: {
    /**
     * How every data-source call is made. A slow or failing upstream turns into a `stale` or
     * `unavailable` tile, never into an error response.
     */
    collector?: {
      /**
       * A source call is aborted after this long. Default 5 s. Durations take the forms
       * `'5s'`, `'PT5S'` or `{ seconds: 5 }`.
       */
      timeout?: string | import('@backstage/types').HumanDuration;
      /** A successful result is served from the cache for this long. Default 60 s. */
      cacheTtl?: string | import('@backstage/types').HumanDuration;
      /**
       * After failures, the last good value is served, marked stale with its age, until it is
       * this old; then the tile is unavailable. Default 15 min; not shorter than `cacheTtl`.
       */
      maxStale?: string | import('@backstage/types').HumanDuration;
      /** At most this many source calls run at once per backend instance. Default 10. */
      concurrency?: number;
      /**
       * Background refresh of every source (a scheduler task with global scope: one replica
       * polls, all serve from the shared cache). Default every 30 s, 2 min timeout.
       */
      refresh?: import('@backstage/backend-plugin-api').SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /**
     * The environments on the board, keyed by name (lower-case letters, digits and dashes,
     * starting with a letter), e.g. `dev`, `stage`, `prod`. An invalid value stops the backend at
     * start-up with a message naming the key.
     */
    environments?: {
      [name: string]: {
        /** Display title, e.g. `Production`. */
        title: string;
        /** Position in the promotion flow; lower comes first. Whole number. */
        order: number;
        /** How a release gets here, e.g. "Release tag, deployed automatically". */
        promotion?: string;
        /** Longer free-text description shown on the environment page. */
        description?: string;
        /**
         * Where the environment runs. Credentials and the API server address are read by the
         * Kubernetes module (see its README); only `cluster`, `namespace` and `airGapped` are ever
         * sent to the browser.
         */
        kubernetes?: {
          /** Display name of the cluster. */
          cluster?: string;
          /** Namespace of the environment's workloads. */
          namespace: string;
          /** The portal cannot reach this cluster; workloads come from an offline snapshot. */
          airGapped?: boolean;
        };
      };
    };
  };
}
