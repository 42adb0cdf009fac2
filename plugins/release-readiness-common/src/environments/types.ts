/**
 * Where an environment runs: a Kubernetes cluster and namespace. No credentials are part of this
 * type; it is safe to send to the browser.
 *
 * @public
 */
export interface EnvironmentKubernetesTarget {
  /** Display name of the cluster, e.g. `demo-cluster`. */
  cluster?: string;
  /** The namespace the environment's workloads run in. */
  namespace: string;
  /**
   * True when the portal cannot reach the cluster's API server and reads an offline snapshot
   * instead.
   */
  airGapped: boolean;
}

/**
 * One configured environment, as the board lists it.
 *
 * @public
 */
export interface EnvironmentSummary {
  /** The key under `releaseReadiness.environments`, e.g. `prod`. */
  name: string;
  /** Display title, e.g. `Production`. */
  title: string;
  /** Position in the promotion flow; lower comes first. */
  order: number;
  /** How a release gets into this environment, e.g. "Release tag, deployed automatically". */
  promotion?: string;
  /** Longer free-text description. */
  description?: string;
  /** The Kubernetes target, when configured. */
  kubernetes?: EnvironmentKubernetesTarget;
}

/**
 * Response of `GET /api/release-readiness/environments`.
 *
 * @public
 */
export interface EnvironmentsResponse {
  /** Environments in promotion order. */
  items: EnvironmentSummary[];
}
