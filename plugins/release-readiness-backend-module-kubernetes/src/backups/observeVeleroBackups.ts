import type { BackupObservation } from '@release-readiness/plugin-release-readiness-common';
import { toIsoTime } from '../parsing/toIsoTime';
import type { VeleroBackup } from './VeleroBackup';

/** The phases in which a Velero Backup has ended; only `Completed` is a success. */
const FINISHED = ['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation'];

interface Outcome {
  name: string;
  phase: string;
  startedAt?: string;
  completedAt?: string;
  errors?: number;
}

function outcomeOf(backup: VeleroBackup): Outcome {
  const startedAt =
    toIsoTime(backup.status?.startTimestamp) ??
    toIsoTime(backup.metadata.creationTimestamp);
  const completedAt = toIsoTime(backup.status?.completionTimestamp);
  return {
    name: backup.metadata.name,
    phase: backup.status?.phase || 'New',
    ...(startedAt && { startedAt }),
    ...(completedAt && { completedAt }),
    ...(backup.status?.errors && { errors: backup.status.errors }),
  };
}

const time = (t: string | undefined) => (t ? Date.parse(t) : -Infinity);

const describe = (o: Outcome) =>
  `Velero backup ${o.name} (${o.phase}${
    o.errors ? `, ${o.errors} error${o.errors === 1 ? '' : 's'}` : ''
  })`;

/**
 * Velero Backups of one schedule (or label selector), observed. Only a `Completed` Backup is a
 * success, at its `completionTimestamp`; `PartiallyFailed`, `Failed` and `FailedValidation`
 * never are (a partly failed backup cannot be relied on to restore). The last run is the newest
 * finished Backup by `startTimestamp` (else creation), with its phase, at its completion (else
 * its start). Backups still running (`New`, `InProgress`, `WaitingForPluginOperations…`,
 * `Finalizing…`) or being deleted are neither; the newest running one is named in the detail.
 *
 * @param of - how the detail names the series, e.g. `of schedule daily in namespace velero`
 */
export function observeVeleroBackups(
  backups: VeleroBackup[],
  of: string,
): BackupObservation {
  const outcomes = backups.map(outcomeOf);
  const success = outcomes
    .filter(o => o.phase === 'Completed' && o.completedAt)
    .sort((a, b) => time(b.completedAt) - time(a.completedAt))[0];
  const byStart = (a: Outcome, b: Outcome) =>
    time(b.startedAt ?? b.completedAt) - time(a.startedAt ?? a.completedAt) ||
    b.name.localeCompare(a.name);
  const last = outcomes
    .filter(o => FINISHED.includes(o.phase) && (o.completedAt ?? o.startedAt))
    .sort(byStart)[0];
  const lastAt = last?.completedAt ?? last?.startedAt;
  const running = outcomes
    .filter(o => !FINISHED.includes(o.phase) && o.phase !== 'Deleting')
    .sort(byStart)[0];
  const parts = [
    success ? describe(success) : `No completed Velero backup ${of}`,
    last && last.phase !== 'Completed' && `last run ${describe(last)}`,
    running &&
      time(running.startedAt) > time(last?.startedAt ?? lastAt) &&
      `${describe(running)} is running`,
  ];
  return {
    ...(success?.completedAt && { lastSuccessAt: success.completedAt }),
    ...(last &&
      lastAt && {
        lastRun: {
          at: lastAt,
          succeeded: last.phase === 'Completed',
          detail: describe(last),
        },
      }),
    detail: parts.filter(Boolean).join('; '),
  };
}
