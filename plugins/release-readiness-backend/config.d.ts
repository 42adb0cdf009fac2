import { HumanDuration } from '@backstage/types';
import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { ReleaseReadinessCalendarConfig } from './config/calendar';
import { ReleaseReadinessEnvironmentConfig } from './config/environment';
import {
  ReleaseReadinessOnCallConfig,
  ReleaseReadinessRaciConfig,
} from './config/people';

/**
 * The environments on the board, keyed by name (lower-case letters, digits and dashes,
 * starting with a letter), e.g. `dev`, `stage`, `prod`. An invalid value stops the backend at
 * start-up with a message naming the key.
 */
interface ReleaseReadinessEnvironmentsConfig {
  [name: string]: ReleaseReadinessEnvironmentConfig;
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
