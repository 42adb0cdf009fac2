import {
  BackupItemResult,
  BackupObservation,
  BackupsResponse,
  evaluateBackupItem,
  LastSuccess,
  SourceInfo,
  Sourced,
  toLastSuccess,
} from '@release-readiness/plugin-release-readiness-common';
import type { BackupSource } from '@release-readiness/plugin-release-readiness-node';
import type { SourceCollector } from '../collector/collectorTypes';
import { EnvironmentJobs } from '../collector/EnvironmentJobs';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { BackupItemDefinition } from './readBackupDefinitions';

const ORDER = { unavailable: 2, stale: 1, ok: 0 } as const;

/** The worst of several sources, for a summary ("as of" the oldest). */
function worstSource(sources: SourceInfo[]): SourceInfo {
  if (sources.length === 0) {
    return {
      name: 'none',
      status: 'unavailable',
      error: {
        type: 'NOT_CONFIGURED',
        message: 'No backup is configured (backups.items)',
      },
    };
  }
  return sources.reduce((a, b) => (ORDER[b.status] > ORDER[a.status] ? b : a));
}

/**
 * Backup freshness per environment: every backup item (a backup job, Velero backups, a timestamp
 * metric, the WAL lag, the restore test) is observed by its source through the collector and
 * judged against its RPO with the pure code of `-common` on every read.
 */
export class BackupsService {
  readonly #environments: EnvironmentRegistry;
  readonly #definitions: Map<string, BackupItemDefinition[]>;
  readonly #jobs: EnvironmentJobs<BackupObservation>;
  readonly #now: () => number;

  constructor(options: {
    environments: EnvironmentRegistry;
    collector: SourceCollector;
    definitions: Map<string, BackupItemDefinition[]>;
    /** The source of each item, keyed `<environment>/<item>`. */
    sources: Map<string, BackupSource>;
    now?: () => number;
  }) {
    this.#environments = options.environments;
    this.#definitions = options.definitions;
    this.#now = options.now ?? Date.now;
    this.#jobs = EnvironmentJobs.register({
      collector: options.collector,
      sources: options.sources,
      job: (itemKey, source) => ({
        key: options.environments.jobKey('backup', itemKey),
        sourceName: source.name,
        rateLimitGroup: source.rateLimitGroup,
        fetch: ({ signal }) => source.observe({ signal }),
        asOf: value => value.takenAt,
      }),
      notConfigured: itemKey => ({
        name: 'none',
        message: `No backup source serves ${itemKey}`,
      }),
    });
  }

  /**
   * The environment's name, without reading any source; a `NotFoundError` (404) for an unknown
   * one.
   */
  environmentName(environment: string): string {
    return this.#environments.get(environment).summary.name;
  }

  /** Every backup item of the environment, judged. */
  async getBackups(environment: string): Promise<BackupsResponse> {
    const name = this.#environments.get(environment).summary.name;
    const definitions = this.#definitions.get(name) ?? [];
    const observations = await Promise.all(
      definitions.map(item => this.#jobs.read(`${name}/${item.name}`)),
    );
    // Judged once everything is read: a moment before a fetch would make every age look
    // younger by the time the fetch took (up to the collector's timeout).
    const now = new Date(this.#now()).toISOString();
    const results = definitions.map((item, index) => ({
      item,
      result: evaluateBackupItem({
        name: item.name,
        kind: item.kind,
        sourceType: item.source,
        rpo: item.limit,
        observation: observations[index],
        now,
      }),
    }));
    const of = (kind: BackupItemDefinition['kind']) =>
      results.filter(r => r.item.kind === kind).map(r => r.result);
    const items = of('backup');
    const walLag = of('wal-lag')[0];
    const restore = of('restore-test')[0];
    return {
      environment: name,
      items,
      ...(walLag && { walLag }),
      ...(restore && {
        restoreTest: {
          ...restore,
          ...(restore.lastSuccess && { at: restore.lastSuccess }),
          maxAge: restore.rpo,
          ...(restore.url && { link: restore.url }),
        },
      }),
      source: worstSource(results.map(r => r.result.source)),
    };
  }

  /** Observes an item again now, e.g. the restore test after a record was posted. */
  async refresh(environment: string, item: string): Promise<void> {
    await this.#jobs.refresh(`${environment}/${item}`);
  }

  /** The last backup and restore test for the readiness rules; undefined without items. */
  async readinessInputs(environment: string): Promise<{
    backup?: Sourced<LastSuccess>;
    restoreTest?: Sourced<LastSuccess>;
  }> {
    const name = this.#environments.get(environment).summary.name;
    if (!this.#definitions.has(name)) {
      return {};
    }
    const backups = await this.getBackups(name);
    const asInput = (results: BackupItemResult[]) => {
      const source = worstSource(results.map(r => r.source));
      return source.status === 'unavailable'
        ? { source }
        : { value: toLastSuccess(results), source };
    };
    return {
      ...(backups.items.length > 0 && { backup: asInput(backups.items) }),
      ...(backups.restoreTest && {
        restoreTest: asInput([backups.restoreTest]),
      }),
    };
  }
}
