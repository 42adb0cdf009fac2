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
    /** The workloads of every environment (Kubernetes module, or another workload source). */
    workloads?: {
      /**
       * How versions are read from image tags, tried in order; the version is the named group
       * `version` of the first match, or the whole match. Default: `dev-<sha>`, `rc-<version>`,
       * `<semver>` (optional `v` prefix). Example: `{ name: alpine, pattern: '^(?<version>\\d+\\.\\d+\\.\\d+)-alpine$' }`.
       */
      versionPatterns?: Array<{
        /** Shown in errors, e.g. `semver`. */
        name: string;
        /** A JavaScript regular expression matched against the whole tag. */
        pattern: string;
      }>;
    };
    /**
     * Who is Responsible, Accountable, Consulted and Informed for each activity. Roles map to
     * catalog users and groups (a group stands for its member users, sub-groups included);
     * activities map each RACI letter to roles. Environments may give a role other members
     * (`environments.<env>.raci`). A role that resolves to nobody is shown as a finding.
     */
    raci?: {
      /** The roles, keyed by id (lower-case letters, digits, dashes), e.g. `release-captain`. */
      roles: {
        [roleId: string]: {
          /** Display title, e.g. `Release Captain`. Default: the id in title case. */
          title?: string;
          /**
           * Catalog entity refs of users or groups, e.g. `group:default/servanda-release-captains`
           * or `user:lena.kraus`. The kind (`user:` or `group:`) is required.
           */
          members: string[];
        };
      };
      /** The activities, keyed by id, e.g. `go-no-go`, in the order the matrix shows them. */
      activities: {
        [activityId: string]: {
          /** Display title, e.g. `Go/no-go decision`. */
          title: string;
          /** Role ids that do the work; at least one. */
          responsible: string[];
          /** Role ids that answer for it; at least one. */
          accountable: string[];
          /** Role ids that are asked before. */
          consulted?: string[];
          /** Role ids that are told after. */
          informed?: string[];
        };
      };
    };
    /** The built-in on-call source: rotations kept in configuration. */
    onCall?: {
      /**
       * The rotation (a name under `rotations`) of every environment that configures no on-call
       * source of its own (`environments.<env>.onCall`).
       */
      defaultRotation?: string;
      /**
       * Weekly rotations, keyed by name. An environment uses one with
       * `environments.<env>.onCall.rotation: <name>`. Week `k` after the start has primary
       * `primaries[k mod n]` and backup `backups[k mod m]`.
       */
      rotations?: {
        [name: string]: {
          /** The weekly handover; the rota's weeks run from one handover to the next. */
          handover: {
            /** `monday` … `sunday`. */
            weekday: string;
            /** Local time of the handover, `HH:mm` (24 h). */
            time: string;
            /** IANA time zone of that local time, e.g. `Europe/Berlin` (DST is followed). */
            timeZone: string;
          };
          /**
           * Date the rotation begins, `'YYYY-MM-DD'` (quoted). The first shift starts at the first
           * handover on or after it.
           */
          start: string;
          /** Catalog user refs in rotation order; `null` (`~`) leaves that week without primary. */
          primaries: (string | null)[];
          /** Catalog user refs in rotation order; `null` (`~`) leaves that week without backup. */
          backups: (string | null)[];
        };
      };
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
