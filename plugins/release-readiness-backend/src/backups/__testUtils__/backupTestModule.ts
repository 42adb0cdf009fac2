import { createBackendModule } from '@backstage/backend-plugin-api';
import type {
  BackupItemKind,
  BackupObservation,
} from '@release-readiness/plugin-release-readiness-common';
import { releaseReadinessBackupSourcesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';

/** One item the test's backup source is asked about. */
export interface ObservedItem {
  environment: string;
  item: string;
  kind: BackupItemKind;
}

/** What the test's backup source answers for one item. */
export type TestObserve = (item: ObservedItem) => Promise<BackupObservation>;

/**
 * A backend module that adds the backup source type `test`: every item with `source: test` is
 * observed by `observe` (named `test:<item>`), and every call is kept in `calls`.
 */
export function backupTestModule(
  observe: TestObserve,
  calls: ObservedItem[] = [],
) {
  return createBackendModule({
    pluginId: 'release-readiness',
    moduleId: 'test-backups',
    register(reg) {
      reg.registerInit({
        deps: { backups: releaseReadinessBackupSourcesExtensionPoint },
        async init({ backups }) {
          backups.addBackupSource({
            type: 'test',
            create: ({ system, environment, item, kind }) => ({
              key: `test-backup:${system}/${environment}/${item}`,
              name: `test:${item}`,
              observe: async () => {
                const call = { environment, item, kind };
                calls.push(call);
                return observe(call);
              },
            }),
          });
        },
      });
    },
  });
}
