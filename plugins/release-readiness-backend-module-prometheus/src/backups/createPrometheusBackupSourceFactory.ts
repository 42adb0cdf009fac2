import type { BackupSourceFactory } from '@release-readiness/plugin-release-readiness-node';
import type { PrometheusClients } from '../client/PrometheusClients';
import { resolveServerBlock } from '../config/resolveServerBlock';
import { PrometheusBackupSource } from './PrometheusBackupSource';
import { readBackupQuery } from './readBackupQuery';

/**
 * The `prometheus` backup source: picked by `source: prometheus` in a backup item
 * (`backups.items.<name>`, or the restore test), with `prometheus.server` naming a server of
 * `releaseReadiness.prometheus.servers` and `query` the PromQL of its value.
 *
 * @remarks
 * Validated when the source is created; messages name `<itemKeyPrefix>.<key>`. A team-owned block
 * may name only the server and a metric selector (see `readBackupQuery`).
 */
export function createPrometheusBackupSourceFactory(options: {
  clients: PrometheusClients;
  /** Wall clock (Unix ms) for the queries; tests pass their own. */
  now?: () => number;
}): BackupSourceFactory {
  return {
    type: 'prometheus',
    create({
      system,
      environment,
      item,
      kind,
      itemConfig,
      itemKeyPrefix,
      owner,
      logger,
    }) {
      const server = resolveServerBlock({
        config: itemConfig,
        key: 'prometheus',
        keyPrefix: itemKeyPrefix,
        owner,
        servers: options.clients.servers,
      });
      const query = readBackupQuery({ itemConfig, itemKeyPrefix, kind, owner });
      return new PrometheusBackupSource({
        client: options.clients.get(server),
        system,
        environment,
        item,
        kind,
        query,
        logger,
        now: options.now,
      });
    },
  };
}
