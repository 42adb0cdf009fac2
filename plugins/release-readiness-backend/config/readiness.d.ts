/** What an environment checks before a release: its gates, its incident source and its readiness policy. */
export interface ReleaseReadinessEnvironmentReadinessConfig {
  /** Where this environment's CI check results come from (for gates with `source: ci`). */
  gates?: {
    /**
     * `config` (built in: results declared below, for demos) or an installed module's type,
     * e.g. `github`.
     */
    source?: string;
    /**
     * Check the commit or tag the environment runs: the ref comes from a workload's image
     * tag (needs a workload source). Without it, the source's own default ref is checked;
     * a request may always name a ref (`?ref=`). When the running ref cannot be told (the
     * workload is missing, its tag does not match, its source is unavailable) the CI gates
     * read `unknown` with that reason.
     */
    runningRef?: {
      /** The workload whose image tag names the ref, e.g. `servanda-api`. */
      workload: string;
      /**
       * Regular expression matched against the tag; the ref is its named group `ref` or the
       * whole match, e.g. `^dev-(?<ref>[0-9a-f]{7,40})$`. Default: the version parsed by
       * `workloads.versionPatterns`.
       */
      pattern?: string;
      /** Turns the ref into what the gate source knows, e.g. `v{ref}`. Default `{ref}`. */
      template?: string;
    };
    /**
     * The release names (`?ref=`, a manual result's `ref`) this environment accepts: a
     * regular expression the whole ref must match, e.g. `v[0-9]+[.][0-9]+[.][0-9]+(-rc[.][0-9]+)?`.
     * Default: letters, digits and `._/-`, starting with a letter or digit; at most 200
     * characters either way. Another ref is a 400 naming the field.
     */
    refPattern?: string;
    /** For `source: config`: the check results, as if a CI system had reported them. */
    config?: {
      /** The branch, tag or commit the results belong to, e.g. `v1.8.0`. */
      ref?: string;
      /** Link to that ref (an http(s) URL; anything else stops the backend). */
      refUrl?: string;
      /**
       * Check name to result: `passed`, `failed` or `pending`, or an object with
       * `state`, `url` (http(s) only), `detail` and `at` (ISO time).
       */
      checks: {
        [checkName: string]:
          | string
          | { state: string; url?: string; detail?: string; at?: string };
      };
    };
  };
  /** Where this environment's open incidents come from. */
  incidents?: {
    /** An installed module's type, e.g. `pagerduty`. Without one, incidents are unknown. */
    source?: string;
  };
  /**
   * The readiness policy: gates and go-live preconditions. Without it the verdict is
   * `unknown`. See the README, "Readiness policy".
   */
  readiness?: {
    /** Risk assumed when a request names none: `low`, `normal` (default) or `high`. */
    defaultRisk?: 'low' | 'normal' | 'high';
    /** Extra change types requests may name (`standard` and every exempt type are known). */
    changeTypes?: string[];
    /** Gates keyed by id, e.g. `release`, in display order. */
    gates?: {
      [gateId: string]: {
        /** Display title, e.g. `Release gate`. */
        title: string;
        /** `ci` (default): from the gate source; `manual`: set by users through the API. */
        source?: 'ci' | 'manual';
        /** The check names that belong to the gate, as the source reports them. */
        checks: string[];
        /** How many must have passed; default all. */
        required?: number;
        /** `block` (default) or `warn` (advisory: listed, never blocks). */
        enforcement?: 'block' | 'warn';
        /**
         * Conclusions besides success that count as passed, e.g. `[neutral, skipped]`.
         * Default none: a skipped or neutral check is not a passed one.
         */
        acceptConclusions?: string[];
        /**
         * Check name → the only producer whose result counts: `app:<github-app-slug>`
         * (a check run of that GitHub App), `status` (a commit status) or
         * `status:<creator>`. Results of that name from anyone else are ignored.
         */
        producers?: { [checkName: string]: string };
        /**
         * ISO 8601 duration after which a result counts as pending again, e.g. `PT12H`.
         * Default: results do not expire. Manual results also count only for the release
         * they were set for.
         */
        maxAge?: string;
        /**
         * For `source: manual`: who may set results, checked against this environment's
         * RACI on top of the `release-readiness.gate.set` permission. Either the letters
         * of an activity, default `{ activity: go-no-go, as: [responsible, accountable] }`,
         * or role ids, e.g. `{ roles: [qa, release-captain] }`.
         */
        setBy?:
          | {
              activity: string;
              as: Array<
                'responsible' | 'accountable' | 'consulted' | 'informed'
              >;
            }
          | { roles: string[] };
      };
    };
    /** Go-live preconditions keyed by id, in display order. */
    preconditions?: {
      [ruleId: string]: {
        /**
         * `incident-free` (severities), `oncall-reachable` (requireBackup, coverage),
         * `backup-age` / `restore-test-age` (maxAge), `change-window` (requireReleaseWindow,
         * releaseWindowExemptChangeTypes, outsideWindowApproval), `cab-approval` (risks),
         * `error-budget` (minRemaining).
         */
        type:
          | 'incident-free'
          | 'oncall-reachable'
          | 'backup-age'
          | 'restore-test-age'
          | 'change-window'
          | 'cab-approval'
          | 'error-budget';
        /** Display title; a default is derived from the rule. */
        title?: string;
        /** `block` (default) or `warn` (advisory: listed, never blocks). */
        enforcement?: 'block' | 'warn';
        /** incident-free: the severities that block, e.g. `[P0, P1, P2]`. */
        severities?: Array<'P0' | 'P1' | 'P2' | 'P3'>;
        /** oncall-reachable: a backup must be on call too. Default true. */
        requireBackup?: boolean;
        /**
         * oncall-reachable: how long after the change on-call must be covered when no release
         * window bounds it, ISO 8601. Default `PT2H`.
         */
        coverage?: string;
        /** backup-age, restore-test-age: the limit, ISO 8601, e.g. `PT24H`, `P30D`. */
        maxAge?: string;
        /** change-window: changes must go out inside a release window. Default false. */
        requireReleaseWindow?: boolean;
        /** change-window: change types that may go out outside release windows. */
        releaseWindowExemptChangeTypes?: string[];
        /** change-window: who may allow a change outside the windows (for the reason text). */
        outsideWindowApproval?: string;
        /** cab-approval: the risk levels that need CAB approval, e.g. `[high]`. */
        risks?: Array<'low' | 'normal' | 'high'>;
        /** error-budget: fraction of the budget that must be left, 0–1. Default 0. */
        minRemaining?: number;
      };
    };
  };
}
