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

/**
 * Where a system's release policy comes from and whether it could be read.
 *
 * @public
 */
export interface SystemPolicyStatus {
  /** `config`: the portal's configuration; `file`: a policy file in the team's repository. */
  origin: 'config' | 'file';
  /** The configuration key or the file's URL. */
  location: string;
  /**
   * `ok`, or `error` when the policy could not be read or is invalid: the board then shows the
   * error (naming the file and key) and, if the policy was read before, keeps the last good one.
   */
  status: 'ok' | 'error';
  /** What is wrong, naming the file and key. */
  error?: string;
  /** When the policy now in use was read (ISO). */
  loadedAt?: string;
}

/**
 * One system (a catalog `System`, the release unit) and its environments.
 *
 * @public
 */
export interface SystemSummary {
  /** The system's name, e.g. `servanda`. */
  name: string;
  title: string;
  /** The catalog entity, e.g. `system:default/servanda`. */
  entityRef: string;
  /** The owner of the catalog entity, when known, e.g. `group:default/servanda`. */
  owner?: string;
  /** Its environments in promotion order; empty while its policy has never been read. */
  environments: EnvironmentSummary[];
  policy: SystemPolicyStatus;
}

/**
 * Response of `GET /api/release-readiness/systems`.
 *
 * @public
 */
export interface SystemsResponse {
  items: SystemSummary[];
  /** The system the routes without `/systems/:system` serve, when configured. */
  defaultSystem?: string;
}
