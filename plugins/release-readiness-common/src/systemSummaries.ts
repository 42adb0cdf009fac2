import type { SystemPolicyStatus } from './environments';
import type { ReadinessReason, ReadinessVerdict } from './readiness';
import type { SourceError, SourceStatus } from './sources';

/**
 * Where the data behind one environment's verdict comes from, summed up: the worst status of
 * the sources of its items (`unavailable` before `stale` before `ok`) and the oldest "as of".
 *
 * @public
 */
export interface ReadinessSourceSummary {
  /** The worst status of the sources the items were judged on. */
  status: SourceStatus;
  /** The oldest `fetchedAt` of those sources (ISO): the verdict is as of then. */
  asOf?: string;
  /** The source with the worst status, e.g. `config` or `manual-gates`. */
  name?: string;
  /** Why that source is stale or unavailable (safe to show). */
  error?: SourceError;
}

/**
 * One environment of a system on the landing page: its verdict right now (the same evaluation
 * as `GET …/environments/:env/readiness`), how current the data is, and the first reasons.
 *
 * @public
 */
export interface EnvironmentReadinessSummary {
  /** The environment's key, e.g. `prod`. */
  name: string;
  title: string;
  /** Position in the promotion flow; lower comes first. */
  order: number;
  /** `ready` only when the readiness evaluation says so; never for stale or missing data. */
  verdict: ReadinessVerdict;
  source: ReadinessSourceSummary;
  /** The first reasons of the verdict (at most three), in the evaluation's order. */
  reasons: ReadinessReason[];
  /** How many reasons the verdict has in all. */
  reasonCount: number;
}

/**
 * One system on the landing page, with the verdict of each of its environments.
 *
 * @public
 */
export interface SystemReadinessSummary {
  /** The system's name, e.g. `servanda`. */
  name: string;
  title: string;
  /** The catalog entity, e.g. `system:default/servanda`. */
  entityRef: string;
  /** The owner of the catalog entity, when known, e.g. `group:default/servanda`. */
  owner?: string;
  /** Where its policy comes from and whether it could be read (an error names file and key). */
  policy: SystemPolicyStatus;
  /**
   * The system's verdict: `blocked` when an environment is blocked, else `unknown` when one is
   * unknown or the system has no environment to judge (no readable policy), else `ready`.
   */
  verdict: ReadinessVerdict;
  /** Its environments in promotion order; empty while its policy has never been read. */
  environments: EnvironmentReadinessSummary[];
}

/**
 * Systems counted by their verdict.
 *
 * @public
 */
export type SystemVerdictCounts = Record<ReadinessVerdict, number>;

/**
 * Response of `GET /api/release-readiness/system-summaries`: the landing page in one request.
 *
 * @public
 */
export interface SystemSummariesResponse {
  /** The page asked for (`offset`, `limit`), in the order asked for (`sort`). */
  items: SystemReadinessSummary[];
  /** How many systems match every filter (`owner`, `verdict`, `q`): the length of all pages. */
  total: number;
  offset: number;
  limit: number;
  /**
   * The systems matching every filter but `verdict`, by verdict, over all pages: what a
   * verdict filter would give.
   */
  counts: SystemVerdictCounts;
  /** The system the routes without `/systems/:system` serve, when configured. */
  defaultSystem?: string;
  /**
   * How long a system's summary may be reused (seconds): a verdict is at most this much older
   * than the data it shows.
   */
  maxAgeSeconds: number;
}
