import { HumanDuration } from '@backstage/types';
import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

/**
 * Who is Responsible, Accountable, Consulted and Informed for each activity. Roles map to
 * catalog users and groups (a group stands for its member users, sub-groups included);
 * activities map each RACI letter to roles. Environments may give a role other members
 * (`environments.<env>.raci`). A role that resolves to nobody is shown as a finding.
 */
interface ReleaseReadinessRaciConfig {
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
}

/** The built-in on-call source: rotations kept in configuration. */
interface ReleaseReadinessOnCallConfig {
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
}

/**
 * Recurring freeze and release windows, shared by the environments' readiness policies.
 */
interface ReleaseReadinessCalendarConfig {
  /**
   * The windows, keyed by id (lower-case letters, digits, dashes), e.g. `weekend-freeze`.
   * An invalid rule or duration stops the backend with a message naming the key.
   */
  windows?: {
    [windowId: string]: {
      /** Display title, e.g. `Weekend change freeze`. */
      title: string;
      /** `freeze`: no changes while it lasts; `release`: a planned release window. */
      kind: 'freeze' | 'release';
      /**
       * RFC 5545 recurrence: a `DTSTART` line with `TZID` (an IANA zone) or a UTC time ending in
       * `Z`, and an `RRULE` line, e.g.
       * `DTSTART;TZID=Europe/Berlin:20240102T200000` + newline + `RRULE:FREQ=WEEKLY;BYDAY=TU,TH`.
       * The rule repeats in that zone's local time, so 20:00 stays 20:00 across DST changes.
       */
      recurrence: string;
      /**
       * ISO 8601 duration of each occurrence, e.g. `PT2H` or `P2DT16H`. Days are calendar
       * days, hours are elapsed time.
       */
      duration: string;
      /** Change types this window does not apply to, e.g. `hotfix-p0`, `hotfix-p1`. */
      exemptChangeTypes?: string[];
      /** The environments it applies to; default: every environment. */
      environments?: string[];
      /** Longer text, e.g. where the rule comes from. */
      description?: string;
    };
  };
  /**
   * In a system's policy: ids of organisation-wide windows (`releaseReadiness.calendar.windows`)
   * that do not apply to this system, e.g. `[peak-hours]`.
   */
  optOut?: string[];
}

/**
 * The environments on the board, keyed by name (lower-case letters, digits and dashes,
 * starting with a letter), e.g. `dev`, `stage`, `prod`. An invalid value stops the backend at
 * start-up with a message naming the key.
 */
interface ReleaseReadinessEnvironmentsConfig {
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
    /**
     * SLA compliance: services and their objectives, measured by an installed SLA source (the
     * Prometheus module: `source: prometheus` with `prometheus.server`, a server the platform
     * defines). The source's own keys sit in this block and are read by the module.
     */
    sla?: {
      /** The SLA source type, e.g. `prometheus`. */
      source: string;
      services: {
        [service: string]: {
          /** The request-duration histogram's base name. Default `servanda_http_request_duration_seconds`. */
          metric?: string;
          /** PromQL label matchers of the service's requests, e.g. `service="api-gateway"`. */
          selector: string;
          /** Label matchers of its errors, added to `selector`. Default `status_code=~"5.."`. */
          errors?: string;
          objectives: {
            [objective: string]: {
              /** Display title; default from the kind and the id. */
              title?: string;
              kind: 'availability' | 'latency' | 'error-rate';
              /**
               * `slo` (default; with an error budget), `post-deploy` (a limit checked after a
               * deploy) or `rollback-trigger` (a short-window limit whose breach calls for a
               * rollback).
               */
              role?: 'slo' | 'post-deploy' | 'rollback-trigger';
              /**
               * A ratio between 0 and 1: the share of good requests (availability, latency) or
               * the highest error share (error-rate), e.g. 0.999 or 0.001.
               */
              target: number;
              /** latency: the threshold in seconds, best a histogram bucket boundary, e.g. 0.1. */
              threshold?: number;
              /** ISO 8601 duration (rolling) or `calendar-month`. Default `P30D`. */
              window?: string;
              /** Fewer requests in the window read "insufficient data". Default 100. */
              minRequests?: number;
            };
          };
        };
      };
    };
    /**
     * Backup freshness against the RPO, and the restore test. Each item names an installed
     * backup source (`kubernetes-cronjob`, `velero`, `kubernetes-job` from the Kubernetes
     * module, `prometheus` from the Prometheus module) whose own keys sit in the item.
     */
    backups?: {
      /** The default RPO of the items, ISO 8601 duration. Default `PT24H`. */
      rpo?: string;
      items?: {
        [item: string]: {
          /** `backup` (default) or `wal-lag` (the replication or WAL archive lag). */
          kind?: 'backup' | 'wal-lag';
          /** The backup source type. */
          source: string;
          /** backup: this item's RPO, ISO 8601 duration. */
          rpo?: string;
          /** wal-lag: the highest lag, ISO 8601 duration. Default `PT5M`. */
          maxLag?: string;
        };
      };
      /** The last successful restore test. */
      restoreTest?: {
        /** The oldest a passed restore test may be, ISO 8601 duration. Default `P30D`. */
        maxAge?: string;
        /**
         * `records` (default, built in: records that allowed users post with a link to their
         * report) or an installed source, e.g. `kubernetes-job`.
         */
        source?: string;
        /**
         * records: who may post them (besides the permission
         * `release-readiness.restore-test.record`): an activity's RACI letters, default
         * `{ activity: go-no-go, as: [responsible, accountable] }`, or `{ roles: [...] }`.
         */
        setBy?:
          | {
              activity: string;
              as: Array<'responsible' | 'accountable' | 'consulted' | 'informed'>;
            }
          | { roles: string[] };
      };
    };
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
  };
}

/** A system's release policy: in `releaseReadiness.systems.<name>` or a team's policy file. */
interface ReleaseReadinessSystemPolicyConfig {
  /** Display title; default the catalog System's title or the name. */
  title?: string;
  raci?: ReleaseReadinessRaciConfig;
  onCall?: ReleaseReadinessOnCallConfig;
  /** The system's own windows, and `optOut`: organisation-wide windows that do not apply. */
  calendar?: ReleaseReadinessCalendarConfig;
  environments?: ReleaseReadinessEnvironmentsConfig;
}

export interface Config {
  /** Configuration of the release-readiness plugins. */
  releaseReadiness?: {
    /**
     * How every data-source call is made. A slow or failing upstream turns into a `stale` or
     * `unavailable` tile, never into an error response.
     */
    collector?: {
      /**
       * A source call is aborted this long after it was queued (waiting for a free slot, see
       * `concurrency`, counts); a call still queued then is never started. Default 5 s.
       * Durations take the forms `'5s'`, `'PT5S'` or `{ seconds: 5 }`.
       */
      timeout?: string | HumanDuration;
      /** A successful result is served from the cache for this long. Default 60 s. */
      cacheTtl?: string | HumanDuration;
      /**
       * An older value is served at once, marked stale with its age, while it is refreshed in
       * the background (and after failures, or while its source is rate limited), until it is
       * this old; then the tile is unavailable. Default 15 min; not shorter than `cacheTtl`.
       */
      maxStale?: string | HumanDuration;
      /** At most this many source calls run at once per backend instance. Default 10. */
      concurrency?: number;
      /**
       * At most this many refs named by requests (`?ref=`) are kept per environment, besides
       * the ref it runs and the gate source's default ref; the least recently read one is
       * dropped, with its cached result, first. Whole number, at least 1. Default 20.
       */
      maxRefsPerEnvironment?: number;
      /**
       * Background refresh of every source (a scheduler task with global scope: one replica
       * polls, all serve from the shared cache). Default every 30 s, 2 min timeout.
       */
      refresh?: SchedulerServiceTaskScheduleDefinitionConfig;
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
     * Where the board is mounted in the app (links in notifications and scaffolder outputs).
     * Default `/release-readiness`.
     */
    boardPath?: string;
    /**
     * The system the routes without `/systems/:system` (e.g. `/environments/prod/readiness`)
     * serve. Default: `default` when the single-system shorthand below is used.
     */
    defaultSystem?: string;
    /**
     * Systems defined by the portal's configuration, keyed by the catalog System's name. Teams
     * keep theirs in a policy file in their repository instead (annotation
     * `release-readiness.io/policy` on the System entity); both have the same shape.
     */
    systems?: {
      [system: string]: ReleaseReadinessSystemPolicyConfig;
    };
    /** Limits the platform sets for the systems of team policy files. */
    limits?: {
      /**
       * Which clusters a system may name (`environments.<env>.cluster`): those listed for the
       * system, or for the group that owns its catalog System. Without this block every
       * cluster may be named.
       */
      clusters?: {
        bySystem?: { [system: string]: string[] };
        byOwner?: { [groupRef: string]: string[] };
      };
    };
    /** Team policy files. */
    teamFiles?: {
      /** How often they are read again. Default every minute. */
      refresh?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /**
     * The single-system shorthand: with `environments` here, `raci`, `onCall` and `calendar` of
     * this block form one system (named by `defaultSystem`). Organisation-wide calendar windows
     * (`calendar.windows`) apply to every other system too, unless it opts out.
     */
    raci?: ReleaseReadinessRaciConfig;
    onCall?: ReleaseReadinessOnCallConfig;
    calendar?: ReleaseReadinessCalendarConfig;
    environments?: ReleaseReadinessEnvironmentsConfig;
  };
}
