import { ReplicaProcess } from './ReplicaProcess';

/** One run of the collector's refresh task as a replica logged it. */
export type RefreshRun = { replica: string; start: number; end: number };

const MESSAGE = /^Refreshed release-readiness sources in (\d+) ms$/;

/**
 * The runs of the global `release-readiness:refresh` task each replica logged (the task's debug
 * line "Refreshed release-readiness sources in N ms", received at `end`), oldest first.
 */
export function refreshRunsOf(
  replicas: readonly ReplicaProcess[],
): RefreshRun[] {
  return replicas
    .flatMap(replica =>
      replica.logLines().flatMap(({ receivedAt, entry }) => {
        const match =
          typeof entry.message === 'string'
            ? MESSAGE.exec(entry.message)
            : null;
        return match
          ? [
              {
                replica: replica.name,
                start: receivedAt - Number(match[1]),
                end: receivedAt,
              },
            ]
          : [];
      }),
    )
    .sort((a, b) => a.start - b.start);
}
