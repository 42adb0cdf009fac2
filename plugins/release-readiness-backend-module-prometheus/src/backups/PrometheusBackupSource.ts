import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  BackupItemKind,
  BackupObservation,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  BackupSource,
  SourceCallOptions,
} from '@release-readiness/plugin-release-readiness-node';
import type { PrometheusClient } from '../client/PrometheusClient';
import { WarningTally } from '../client/WarningTally';
import { withDeadline } from '../client/withDeadline';
import { readBackupValue } from './readBackupValue';

/** What a {@link PrometheusBackupSource} observes. */
export interface PrometheusBackupSourceOptions {
  client: PrometheusClient;
  system: string;
  environment: string;
  item: string;
  kind: BackupItemKind;
  /** The PromQL to run (a team's selector as rendered from its parsed form). */
  query: string;
  logger: LoggerService;
  /** Wall clock (Unix ms): the query runs at this time; tests pass their own. */
  now?: () => number;
}

/**
 * One backup item from a Prometheus instant query: a timestamp of the last success (`backup`,
 * `restore-test`, e.g. `velero_backup_last_successful_timestamp{schedule="daily"}`) or a lag in
 * seconds (`wal-lag`, e.g. `time() - pg_wal_archive_last_success_timestamp_seconds`), read as
 * `readBackupValue` says. Upstream warnings (partial data) leave the last success unknown.
 */
export class PrometheusBackupSource implements BackupSource {
  /** `prometheus:<server>/<system>/<environment>/backups/<item>`. */
  readonly key: string;
  /** `prometheus:<server>`. */
  readonly name: string;
  readonly rateLimitGroup: string;
  readonly #options: PrometheusBackupSourceOptions;
  readonly #now: () => number;

  constructor(options: PrometheusBackupSourceOptions) {
    const { client, system, environment, item } = options;
    this.key = `prometheus:${client.name}/${system}/${environment}/backups/${item}`;
    this.name = `prometheus:${client.name}`;
    this.rateLimitGroup = `prometheus:${client.name}`;
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  async observe({ signal }: SourceCallOptions): Promise<BackupObservation> {
    const { client, kind, query, logger, system, environment, item } =
      this.#options;
    const nowMs = this.#now();
    return withDeadline(
      { signal, timeoutMs: client.timeoutMs, server: client.name },
      async deadline => {
        const tally = new WarningTally(client);
        const result = tally.take(await client.query(query, nowMs, deadline));
        const warning = tally.finish(
          logger,
          `the backup item ${item} of ${system}/${environment}`,
        );
        if (warning) {
          return {
            detail: `Prometheus ${client.name} answered with warnings (partial data): the last success is unknown`,
          };
        }
        return readBackupValue(result, kind, {
          nowMs,
          server: client.name,
        });
      },
    );
  }
}
