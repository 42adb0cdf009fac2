import { NotFoundError } from '@backstage/errors';
import type {
  SystemPolicyStatus,
  SystemSummary,
} from '@release-readiness/plugin-release-readiness-common';
import type { SystemRuntime } from './createSystemRuntime';

/** A system as the registry knows it: its catalog facts, its policy's status, its runtime. */
export interface SystemEntry {
  name: string;
  title: string;
  entityRef: string;
  owner?: string;
  policy: SystemPolicyStatus;
  /** Absent while the policy has never been read successfully. */
  runtime?: SystemRuntime;
}

/**
 * Every system of the portal: those of the portal's configuration (fixed at start-up) and those
 * of team policy files (replaced whenever a file changes). A replaced runtime is disposed.
 */
export class SystemRegistry {
  readonly #entries = new Map<string, SystemEntry>();
  readonly #defaultSystem?: string;
  #lookUp?: (name: string) => Promise<void>;

  constructor(options: { defaultSystem?: string }) {
    this.#defaultSystem = options.defaultSystem;
  }

  /** The system the routes without `/systems/:system` serve, when configured. */
  get defaultSystem(): string | undefined {
    return this.#defaultSystem;
  }

  /**
   * How to look a system up that is not known yet (e.g. a team's System the catalog has just
   * ingested), before answering 404.
   */
  setLookUp(lookUp: (name: string) => Promise<void>): void {
    this.#lookUp = lookUp;
  }

  set(entry: SystemEntry): void {
    const previous = this.#entries.get(entry.name);
    if (previous?.runtime && previous.runtime !== entry.runtime) {
      previous.runtime.dispose();
    }
    this.#entries.set(entry.name, entry);
  }

  remove(name: string): void {
    this.#entries.get(name)?.runtime?.dispose();
    this.#entries.delete(name);
  }

  names(): string[] {
    return [...this.#entries.keys()];
  }

  entry(name: string): SystemEntry | undefined {
    return this.#entries.get(name);
  }

  /** Every system, by title. */
  list(): SystemEntry[] {
    return [...this.#entries.values()].sort(
      (a, b) => a.title.localeCompare(b.title) || a.name.localeCompare(b.name),
    );
  }

  /** The system `name`; a `NotFoundError` (404) naming the known systems when there is none. */
  async get(name: string): Promise<SystemEntry> {
    let entry = this.#entries.get(name);
    if (!entry && this.#lookUp) {
      await this.#lookUp(name);
      entry = this.#entries.get(name);
    }
    if (!entry) {
      throw new NotFoundError(
        `Unknown system '${name}'; systems: ${
          this.list()
            .map(e => e.name)
            .join(', ') || 'none'
        }`,
      );
    }
    return entry;
  }

  /** The runtime of `name`; a `NotFoundError` saying why when its policy was never read. */
  async runtime(name: string): Promise<SystemRuntime> {
    const entry = await this.get(name);
    if (!entry.runtime) {
      throw new NotFoundError(
        `System '${name}' has no readable release policy: ${
          entry.policy.error ?? 'not read yet'
        }`,
      );
    }
    return entry.runtime;
  }

  /** What `GET /systems` answers for one system. */
  static summaryOf(entry: SystemEntry): SystemSummary {
    return {
      name: entry.name,
      title: entry.title,
      entityRef: entry.entityRef,
      ...(entry.owner && { owner: entry.owner }),
      environments: entry.runtime?.environments.summaries() ?? [],
      policy: entry.policy,
    };
  }
}
