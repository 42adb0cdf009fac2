import { InputError } from '@backstage/errors';
import { Duration } from 'luxon';
import { safeHttpUrl } from '../links/safeHttpUrl';
import type { Sourced } from '../readiness/inputTypes';
import { notConfiguredSource } from '../sources/notConfiguredSource';
import { formatAge } from './formatAge';
import { judgeLastSuccess } from './judgeLastSuccess';
import { judgeWalLag } from './judgeWalLag';
import type {
  BackupItemKind,
  BackupItemResult,
  BackupObservation,
} from './types';

/**
 * Options of {@link evaluateBackupItem}.
 *
 * @public
 */
export interface EvaluateBackupItemOptions {
  /** The item's name, e.g. `pg-dump`. */
  name: string;
  kind: BackupItemKind;
  /** The source type that observes it, e.g. `kubernetes-cronjob` (the result's `kind`). */
  sourceType: string;
  /** The RPO (for `wal-lag` the max lag, for `restore-test` the max age), ISO 8601 duration. */
  rpo: string;
  /** What the collector read; undefined when no source is configured for the item. */
  observation: Sourced<BackupObservation> | undefined;
  /** The moment judged (ISO), normally the time of the read. */
  now: string;
}

const WHAT = {
  backup: { noun: 'backup', limit: 'RPO' },
  'restore-test': { noun: 'restore test', limit: 'max age' },
} as const;

/**
 * Judges one backup item: a backup or restore test by the age of its last success, the WAL lag
 * by its value.
 *
 * @remarks
 * Pure (`now` is given). A backup or restore test passes when `now − lastSuccessAt ≤ rpo` and
 * fails when older, with the age in `age` and `detail` (e.g. `Last success 26 h ago, RPO 24 h`);
 * a last run that failed after the last success is `warn` within the RPO (`fail` beyond it); no
 * success time is `unknown`, never fresh. The WAL lag passes at or below the max lag and fails
 * above it. An unavailable source is `unknown`; a stale one is judged on its last good data at
 * `now` and keeps its `stale` source (ages only grow, so the judgement is never too kind).
 *
 * @throws `InputError` naming `now` or the item's `rpo` when they cannot be read
 * @public
 */
export function evaluateBackupItem(
  options: EvaluateBackupItemOptions,
): BackupItemResult {
  const { name, kind, sourceType, rpo, observation, now } = options;
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) {
    throw new InputError(`Invalid 'now': '${now}' is not an ISO 8601 time`);
  }
  const limitMs = Duration.fromISO(rpo).as('milliseconds');
  if (!(limitMs > 0)) {
    throw new InputError(
      `Invalid 'rpo' of backup item '${name}': '${rpo}' is not an ISO 8601 duration longer than zero, such as PT24H`,
    );
  }
  const base = { name, kind: sourceType, rpo };
  if (!observation) {
    const detail = `No ${sourceType} source is configured for ${name}: unknown`;
    return {
      ...base,
      status: 'unknown',
      detail,
      source: notConfiguredSource(sourceType, detail),
    };
  }
  const { value, source } = observation;
  if (!value || source.status === 'unavailable') {
    const error = source.error;
    return {
      ...base,
      status: 'unknown',
      detail:
        error?.type === 'NOT_CONFIGURED'
          ? error.message
          : `Cannot be judged: ${source.name} is unavailable: ${
              error ? `${error.message} (${error.type})` : 'no data yet'
            }`,
      source,
    };
  }
  const judgement =
    kind === 'wal-lag'
      ? judgeWalLag(value, limitMs, nowMs, source.fetchedAt)
      : judgeLastSuccess(value, WHAT[kind], limitMs, nowMs);
  const fetchedMs =
    source.fetchedAt === undefined ? NaN : Date.parse(source.fetchedAt);
  const staleMark =
    source.status === 'stale'
      ? ` (stale data${
          Number.isNaN(fetchedMs)
            ? ''
            : ` read ${formatAge(nowMs - fetchedMs)} ago`
        })`
      : '';
  const url = safeHttpUrl(value.url);
  return {
    ...base,
    ...judgement,
    detail: `${judgement.detail}${
      value.detail ? `: ${value.detail}` : ''
    }${staleMark}`,
    ...(url && { url }),
    source,
  };
}
