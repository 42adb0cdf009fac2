/**
 * Where an environment's workloads run, as its workload source describes it (e.g. a Kubernetes
 * cluster and namespace). No credentials are part of this type; it is safe to send to the
 * browser.
 *
 * @public
 */
export interface EnvironmentTarget {
  /** What people call it, e.g. `demo-cluster/servanda-prod`. */
  label: string;
  /**
   * True when the portal cannot reach it and reads an offline snapshot instead (an air-gapped
   * site).
   */
  offline: boolean;
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
  /** Where its workloads run, as the environment's workload source describes it. */
  target?: EnvironmentTarget;
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
