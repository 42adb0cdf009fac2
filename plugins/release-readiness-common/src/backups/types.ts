import type { SourceInfo } from '../sources';

/**
 * What a backup item is: a `backup` (its last success must be younger than its RPO), the
 * `wal-lag` of continuous archiving (the lag must stay under `maxLag`), or the `restore-test`
 * (its last success must be younger than `maxAge`).
 *
 * @public
 */
export type BackupItemKind = 'backup' | 'wal-lag' | 'restore-test';

/**
 * What a backup source saw of one item.
 *
 * @public
 */
export interface BackupObservation {
  /** The last successful run (ISO). Absent: none is known, which reads `unknown`, never fresh. */
  lastSuccessAt?: string;
  /** The last run, whatever its outcome. */
  lastRun?: { at: string; succeeded: boolean; detail?: string };
  /** For `wal-lag`: the lag in seconds. */
  lagSeconds?: number;
  /** A link to the evidence (the backup, the job, a restore-test report). */
  url?: string;
  /** One short sentence, e.g. `Velero backup daily-20261201230012 (Completed)`. */
  detail?: string;
  /** For offline snapshots: when the data was taken (the tile's "as of"). */
  takenAt?: string;
}

/**
 * One backup item of `GET /environments/:env/backups`, judged.
 *
 * @public
 */
export interface BackupItemResult {
  name: string;
  /** The source type that observed it, e.g. `kubernetes-cronjob`, `velero`, `prometheus`. */
  kind: string;
  lastSuccess?: string;
  /** Age of the last success at read time, ISO 8601 duration. */
  age?: string;
  /** The item's RPO (or max lag / max age), ISO 8601 duration. */
  rpo: string;
  /**
   * `pass` within the RPO, `warn` when the last run failed after a success still within the
   * RPO, `fail` beyond it, `unknown` without a time (or on stale or unavailable data).
   */
  status: 'pass' | 'warn' | 'fail' | 'unknown';
  detail: string;
  url?: string;
  source: SourceInfo;
}

/**
 * Response of `GET /api/release-readiness/environments/:env/backups`.
 *
 * @public
 */
export interface BackupsResponse {
  environment: string;
  items: BackupItemResult[];
  walLag?: BackupItemResult;
  restoreTest?: BackupItemResult & {
    /** When the last restore test passed (ISO). */
    at?: string;
    maxAge: string;
    link?: string;
  };
  /** Summary of the items' sources: the worst of them. */
  source: SourceInfo;
}

/**
 * A restore-test record that an allowed user posted, with a link to its report.
 *
 * @public
 */
export interface RestoreTestRecord {
  id: string;
  system: string;
  environment: string;
  /** When the restore test ran (ISO). */
  testedAt: string;
  outcome: 'passed' | 'failed';
  /** Link to the report (http(s)). */
  link: string;
  reason: string;
  actor: string;
  createdAt: string;
}
