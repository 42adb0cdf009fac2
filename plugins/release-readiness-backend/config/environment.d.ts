import { ReleaseReadinessEnvironmentActionsConfig } from './decisionsRollback';
import { ReleaseReadinessEnvironmentReadinessConfig } from './readiness';
import { ReleaseReadinessEnvironmentSlaBackupsConfig } from './slaBackups';

/** One environment of a system: where it runs, its people, and what it checks, measures and allows. */
export interface ReleaseReadinessEnvironmentConfig
  extends ReleaseReadinessEnvironmentReadinessConfig,
    ReleaseReadinessEnvironmentSlaBackupsConfig,
    ReleaseReadinessEnvironmentActionsConfig {
  /** Display title, e.g. `Production`. */
  title: string;
  /** Position in the promotion flow; lower comes first. Whole number. */
  order: number;
  /** How a release gets here, e.g. "Release tag, deployed automatically". */
  promotion?: string;
  /** Longer free-text description shown on the environment page. */
  description?: string;
  /** Where this environment's workloads come from. */
  workloads?: {
    /**
     * `kubernetes` (live; the default when `kubernetes.url` or `kubernetes.auth` is set and
     * the Kubernetes module is installed), `snapshot` (an offline file, for air-gapped
     * environments; see the Kubernetes module) or another installed module's type.
     */
    source?: string;
  };
  /** RACI overrides for this environment: other members for some roles. */
  raci?: {
    roles: {
      [roleId: string]: {
        /** Display title in this environment. */
        title?: string;
        /** Catalog entity refs of users or groups that hold the role here. */
        members?: string[];
      };
    };
  };
  /** Where this environment's on-call rota comes from. */
  onCall?: {
    /**
     * `config` (built in; the default when `rotation` is set) or the type of an installed
     * module's source, e.g. `pagerduty`.
     */
    source?: string;
    /** For `source: config`: the name of a rotation under `releaseReadiness.onCall.rotations`. */
    rotation?: string;
  };
  /**
   * The platform cluster the environment runs in (`releaseReadiness.clusters.<name>`, read by
   * the Kubernetes module); a team's policy names it, never a server or a token. Which
   * clusters a team's system may name is limited by `releaseReadiness.limits.clusters`.
   */
  cluster?: string;
  /** The namespace of the environment's workloads in that cluster. */
  namespace?: string;
  /**
   * Where the environment runs, with its own connection (portal configuration only; see the
   * Kubernetes module's README). Only a description of it ever reaches the browser.
   */
  kubernetes?: {
    /** Display name of the cluster. */
    cluster?: string;
    /** Namespace of the environment's workloads. */
    namespace: string;
    /** The portal cannot reach this cluster; workloads come from an offline snapshot. */
    airGapped?: boolean;
  };
}
