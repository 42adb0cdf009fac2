import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { BackupItemKind } from '@release-readiness/plugin-release-readiness-common';
import type {
  BackupSource,
  SlaSource,
} from '@release-readiness/plugin-release-readiness-node';
import { createPrometheusBackupSourceFactory } from '../backups/createPrometheusBackupSourceFactory';
import { PrometheusClients } from '../client/PrometheusClients';
import { readPrometheusServers } from '../config/readPrometheusServers';
import { createPrometheusSlaSourceFactory } from '../sla/createPrometheusSlaSourceFactory';

/** The root configuration of one server `main` at `url` (plus its other keys). */
export function rootWithServer(url: string, server: object = {}): object {
  return {
    releaseReadiness: { prometheus: { servers: { main: { url, ...server } } } },
  };
}

/**
 * Creates the `prometheus` SLA source the way the backend does: the servers from a root
 * configuration, the environment's `sla` block through the factory.
 */
export async function slaSourceFor(
  root: object,
  sla: object,
  options: {
    owner?: 'platform' | 'team';
    logger?: ReturnType<typeof mockServices.logger.mock>;
  } = {},
): Promise<SlaSource> {
  const clients = new PrometheusClients(
    readPrometheusServers(new ConfigReader(root)),
  );
  return createPrometheusSlaSourceFactory({ clients }).create({
    system: 'shop',
    environment: 'prod',
    config: new ConfigReader({ sla: { source: 'prometheus', ...sla } }),
    keyPrefix: 'environments.prod',
    owner: options.owner ?? 'platform',
    logger: options.logger ?? mockServices.logger.mock(),
  });
}

/** Creates a `prometheus` backup source for one item the way the backend does. */
export async function backupSourceFor(
  root: object,
  item: object,
  options: {
    kind?: BackupItemKind;
    owner?: 'platform' | 'team';
    now?: () => number;
    logger?: ReturnType<typeof mockServices.logger.mock>;
  } = {},
): Promise<BackupSource> {
  const clients = new PrometheusClients(
    readPrometheusServers(new ConfigReader(root)),
  );
  const itemBlock = { source: 'prometheus', ...item };
  return createPrometheusBackupSourceFactory({
    clients,
    now: options.now,
  }).create({
    system: 'shop',
    environment: 'prod',
    config: new ConfigReader({ backups: { items: { offsite: itemBlock } } }),
    keyPrefix: 'environments.prod',
    owner: options.owner ?? 'platform',
    logger: options.logger ?? mockServices.logger.mock(),
    item: 'offsite',
    kind: options.kind ?? 'backup',
    itemConfig: new ConfigReader(itemBlock),
    itemKeyPrefix: 'environments.prod.backups.items.offsite',
  });
}
