import { InputError } from '@backstage/errors';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import { readFile, stat } from 'node:fs/promises';
import { parseLabelSelector } from '../config/parseLabelSelector';
import { OwnerIndex } from '../parsing/OwnerIndex';
import { parseSnapshot } from '../snapshot/parseSnapshot';
import type { BackupObjects } from './BackupObjects';
import { errorCodeOf } from './errorCodeOf';
import { VeleroBackup, veleroBackupSchema } from './VeleroBackup';

/** Options of {@link SnapshotBackupObjects}. */
export interface SnapshotBackupObjectsOptions {
  /** The offline `kubectl get … -o yaml` file (absolute path). */
  path: string;
  /** When the snapshot was taken (ISO 8601); default the file's modification time. */
  takenAt?: string;
}

interface Parsed {
  key: string;
  takenAt: string;
  snapshot: ReturnType<typeof parseSnapshot>;
  /** The file's Velero Backups, checked; or why they cannot be read (only `velero` items fail). */
  veleroBackups: VeleroBackup[] | SourceUnavailableError;
}

/**
 * Reads the backup sources' objects from an air-gapped cluster's offline snapshot file: its
 * CronJobs and Jobs (as the `snapshot` workload source reads them) and the Velero Backups
 * appended to it, if any. Objects are picked as the API server would pick them (namespace, label
 * selector, controller owner reference), and every answer carries the snapshot's time. The file
 * is re-parsed only when its size or modification time changes; an unreadable or malformed file
 * makes the source unavailable with our own message (never the parser's, which quotes the file).
 */
export class SnapshotBackupObjects implements BackupObjects {
  readonly #options: SnapshotBackupObjectsOptions;
  #last?: Parsed;

  constructor(options: SnapshotBackupObjectsOptions) {
    this.#options = options;
  }

  async cronJob(namespace: string, name: string, signal: AbortSignal) {
    const { snapshot, takenAt } = await this.#read(signal);
    const cronJob = snapshot.objects.cronJobs.find(
      c => c.metadata?.namespace === namespace && c.metadata?.name === name,
    );
    if (!cronJob) {
      return { jobs: [], takenAt };
    }
    const index = new OwnerIndex({
      deployments: [],
      statefulSets: [],
      daemonSets: [],
      cronJobs: [cronJob],
    });
    const jobs = index.adoptJobs(
      snapshot.objects.jobs.filter(j => j.metadata?.namespace === namespace),
    );
    return { cronJob, jobs, takenAt };
  }

  async jobs(namespace: string, labelSelector: string, signal: AbortSignal) {
    const { snapshot, takenAt } = await this.#read(signal);
    const matches = parseLabelSelector(labelSelector);
    const jobs = snapshot.objects.jobs.filter(
      j => j.metadata?.namespace === namespace && matches(j.metadata?.labels),
    );
    return { jobs, takenAt };
  }

  async veleroBackups(
    namespace: string,
    labelSelector: string,
    signal: AbortSignal,
  ) {
    const { veleroBackups, takenAt } = await this.#read(signal);
    if (veleroBackups instanceof SourceUnavailableError) {
      throw veleroBackups;
    }
    const matches = parseLabelSelector(labelSelector);
    const backups = veleroBackups.filter(
      b => b.metadata.namespace === namespace && matches(b.metadata.labels),
    );
    return { backups, takenAt };
  }

  async #read(signal: AbortSignal): Promise<Parsed> {
    const { path } = this.#options;
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new SourceUnavailableError(
        'NOT_FOUND',
        `The snapshot file cannot be read (${errorCodeOf(error)})`,
      );
    }
    const key = `${info.size}:${info.mtimeMs}`;
    if (this.#last?.key === key) {
      return this.#last;
    }
    let text: string;
    try {
      text = await readFile(path, { encoding: 'utf8', signal });
    } catch (error) {
      if (signal.aborted) {
        throw signal.reason;
      }
      throw new SourceUnavailableError(
        'NOT_FOUND',
        `The snapshot file cannot be read (${errorCodeOf(error)})`,
      );
    }
    let snapshot;
    try {
      snapshot = parseSnapshot(text);
    } catch (error) {
      // parseSnapshot's InputErrors are ours and quote nothing from the file; anything else might.
      throw new SourceUnavailableError(
        'BAD_RESPONSE',
        `The snapshot file ${path} ${
          error instanceof InputError
            ? error.message
            : 'is not a kubectl YAML or JSON list'
        }`,
      );
    }
    const checked = snapshot.veleroBackups.map(item =>
      veleroBackupSchema.safeParse(item),
    );
    const invalid = checked.findIndex(c => !c.success);
    const veleroBackups =
      invalid >= 0
        ? new SourceUnavailableError(
            'BAD_RESPONSE',
            `The snapshot file ${path} has an invalid Velero Backup (number ${
              invalid + 1
            } in the file)`,
          )
        : checked.flatMap(c => (c.success ? [c.data] : []));
    this.#last = {
      key,
      takenAt: this.#options.takenAt ?? info.mtime.toISOString(),
      snapshot,
      veleroBackups,
    };
    return this.#last;
  }
}
