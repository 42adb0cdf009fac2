import { InputError } from '@backstage/errors';
import type {
  BackupSource,
  BackupSourceFactory,
} from '@release-readiness/plugin-release-readiness-node';
import type { EnvironmentDefinition } from '../environments/readEnvironments';
import { factoryOptionsOf } from '../sources/factoryOptionsOf';
import type { BackupItemDefinition } from './readBackupDefinitions';
import type { LoggerService } from '@backstage/backend-plugin-api';

/**
 * The backup source factories modules add (`release-readiness.backup-sources`), creating one
 * source per backup item of an environment.
 */
export class BackupSourceRegistry {
  readonly #factories = new Map<string, BackupSourceFactory>();

  add(...factories: BackupSourceFactory[]): void {
    for (const factory of factories) {
      if (this.#factories.has(factory.type)) {
        throw new Error(
          `A backup source of type '${factory.type}' was added twice`,
        );
      }
      this.#factories.set(factory.type, factory);
    }
  }

  /**
   * The source of one item; `builtIn` factories (e.g. the restore-test `records`) are offered
   * besides the installed ones. Throws an `InputError` naming the key for an unknown type.
   */
  async create(
    environment: EnvironmentDefinition,
    item: BackupItemDefinition,
    logger: LoggerService,
    builtIn: BackupSourceFactory[] = [],
  ): Promise<BackupSource> {
    const factory =
      builtIn.find(f => f.type === item.source) ??
      this.#factories.get(item.source);
    if (!factory) {
      const installed =
        [...builtIn.map(f => f.type), ...this.#factories.keys()].join(', ') ||
        'none';
      throw new InputError(
        `Invalid configuration at '${item.keyPrefix}.source': no backup source of type '${item.source}' is installed (installed: ${installed})`,
      );
    }
    return factory.create({
      ...factoryOptionsOf(environment),
      logger: logger.child({ backup: item.name, source: item.source }),
      item: item.name,
      kind: item.kind,
      itemConfig: item.config,
      itemKeyPrefix: item.keyPrefix,
    });
  }
}
