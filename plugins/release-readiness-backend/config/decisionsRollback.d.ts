/** Go/no-go decisions and rollbacks in an environment. */
export interface ReleaseReadinessEnvironmentActionsConfig {
  /**
   * Go/no-go decisions in this environment (README "Go/no-go decisions"). Without the block:
   * approvals by the Responsible and the Accountable of `go-no-go`, four-eyes, 24 h expiry.
   */
  decisions?: {
    /** The approvals a go needs, each filled by its own person. */
    approvals?: {
      [approval: string]:
        | {
            title: string;
            activity: string;
            as: Array<'responsible' | 'accountable' | 'consulted' | 'informed'>;
          }
        | { title: string; roles: string[] };
    };
    /** Who may vote (a no-go of any of them decides). Default R, A and C of `go-no-go`. */
    voters?:
      | {
          activity: string;
          as: Array<'responsible' | 'accountable' | 'consulted' | 'informed'>;
        }
      | { roles: string[] };
    /** Who may waive failing or unknown items. Default the Accountable of `go-no-go`. */
    waivers?:
      | {
          activity: string;
          as: Array<'responsible' | 'accountable' | 'consulted' | 'informed'>;
        }
      | { roles: string[] };
    /** Who may request a decision. Default R and A of `go-no-go`. */
    requesters?:
      | {
          activity: string;
          as: Array<'responsible' | 'accountable' | 'consulted' | 'informed'>;
        }
      | { roles: string[] };
    /** The requester fills at most one approval; another person must fill one. Default true. */
    fourEyes?: boolean;
    /** A request expires this long after it was made, ISO 8601, at most 30 days. Default `PT24H`. */
    expiresAfter?: string;
    /** The Informed of this activity hear the outcome. Default `go-no-go`. */
    informActivity?: string;
  };
  /**
   * Rollbacks in this environment (README "Rollback"). The strategy's own keys sit in a block
   * named after it (e.g. `githubActions` for `github-actions`), read by its module.
   */
  rollback?: {
    /**
     * `kubernetes` (native; the default when the workloads come from the Kubernetes module),
     * `github-actions` (redeploy the previous version through the deploy workflow), or another
     * installed strategy.
     */
    strategy?: string;
    /** Let the native strategy roll back Helm- or Argo CD-managed workloads. Default false. */
    allowManaged?: boolean;
    /** Inside a freeze: `override` (needs an override reason, default), `exempt` or `refuse`. */
    freeze?: 'exempt' | 'override' | 'refuse';
    /** Who may roll back (besides the permission). Default the Responsible of `rollback`. */
    allowedBy?:
      | {
          activity: string;
          as: Array<'responsible' | 'accountable' | 'consulted' | 'informed'>;
        }
      | { roles: string[] };
    /** The Accountable and Informed of this activity hear of rollbacks. Default `rollback`. */
    informActivity?: string;
    /** Verification after the write. */
    verify?: {
      /** Give up after this long, ISO 8601. Default `PT5M`. */
      timeout?: string;
      /** Look this often, ISO 8601. Default `PT5S`. */
      interval?: string;
      /** Wait for the SLA rollback triggers to be quiet, where SLA data exists. Default true. */
      triggers?: boolean;
    };
    /** A second rollback of the same workload within this is refused (409). Default `PT2M`. */
    cooldown?: string;
    /** Per-workload strategy overrides, with the strategy's own block. */
    workloads?: { [workload: string]: { strategy: string } };
  };
}
