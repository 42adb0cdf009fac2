import { InputError } from '@backstage/errors';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import type {
  SourceCallOptions,
  WorkloadList,
  WorkloadSource,
} from '@release-readiness/plugin-release-readiness-node';
import { readFile, stat } from 'node:fs/promises';
import { buildWorkloads } from '../parsing/buildWorkloads';
import { parseSnapshot } from './parseSnapshot';

/** Options of {@link SnapshotWorkloadSource}. */
export interface SnapshotWorkloadSourceOptions {
  name: string;
  /** The `kubectl get … -o yaml` output file. */
  path: string;
  /** The environment's namespace; objects of other namespaces are left out. */
  namespace?: string;
  /** When the snapshot was taken; defaults to the file's modification time. */
  takenAt?: string;
}

/**
 * Reads an air-gapped environment's workloads from an offline `kubectl get … -o yaml` file. The
 * file is re-read whenever its size or modification time changes, so dropping in a new snapshot
 * updates the board without a restart. Its data is shown "as of" the snapshot's time.
 */
export class SnapshotWorkloadSource implements WorkloadSource {
  readonly name: string;
  readonly #options: SnapshotWorkloadSourceOptions;
  #last?: { key: string; list: WorkloadList };

  constructor(options: SnapshotWorkloadSourceOptions) {
    this.name = options.name;
    this.#options = options;
  }

  async listWorkloads({ signal }: SourceCallOptions): Promise<WorkloadList> {
    const { path, namespace, takenAt } = this.#options;
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new SourceUnavailableError(
        'NOT_FOUND',
        `The snapshot file cannot be read (${
          (error as NodeJS.ErrnoException).code ?? 'error'
        })`,
      );
    }
    const key = `${info.size}:${info.mtimeMs}`;
    if (this.#last?.key === key) {
      return this.#last.list;
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
        `The snapshot file cannot be read (${
          (error as NodeJS.ErrnoException).code ?? 'error'
        })`,
      );
    }
    let parsed;
    try {
      parsed = parseSnapshot(text);
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
    if (namespace && parsed.namespaces.some(n => n !== namespace)) {
      for (const bucket of Object.values(parsed.objects)) {
        const kept = (bucket as any[]).filter(
          o => o.metadata?.namespace === namespace,
        );
        bucket.splice(0, bucket.length, ...kept);
      }
    }
    const list: WorkloadList = {
      items: buildWorkloads(parsed.objects),
      takenAt: takenAt ?? info.mtime.toISOString(),
    };
    this.#last = { key, list };
    return list;
  }
}
