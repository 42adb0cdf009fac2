export interface Config {
  /** Configuration of the release-readiness plugins. */
  releaseReadiness?: {
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
