import { LoggerService } from '@backstage/backend-plugin-api';
import type { BackupSource } from '@release-readiness/plugin-release-readiness-node';
import type { SourceCollector } from '../collector/collectorTypes';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { BackupSourceRegistry } from './BackupSourceRegistry';
import { BackupsService } from './BackupsService';
import { createRecordsBackupSourceFactory } from './createRecordsBackupSourceFactory';
import { readBackupDefinitions } from './readBackupDefinitions';
import type { RestoreTestStore } from './RestoreTestStore';

/**
 * Reads a system's backup items (stopping the backend, or marking a team's file broken, on bad
 * values), creates every item's source, and returns the service.
 */
export async function createBackups(options: {
  environments: EnvironmentRegistry;
  collector: SourceCollector;
  sources: BackupSourceRegistry;
  restoreTests: RestoreTestStore;
  logger: LoggerService;
  now?: () => number;
}) {
  const { environments } = options;
  const definitions = readBackupDefinitions(environments.list());
  const builtIn = [createRecordsBackupSourceFactory(options.restoreTests)];
  const sources = new Map<string, BackupSource>();
  for (const environment of environments.list()) {
    for (const item of definitions.get(environment.summary.name) ?? []) {
      sources.set(
        `${environment.summary.name}/${item.name}`,
        await options.sources.create(
          environment,
          item,
          options.logger,
          builtIn,
        ),
      );
    }
  }
  return {
    definitions,
    service: new BackupsService({
      environments,
      collector: options.collector,
      definitions,
      sources,
      now: options.now,
    }),
  };
}
