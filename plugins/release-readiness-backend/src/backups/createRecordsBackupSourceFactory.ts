import { InputError } from '@backstage/errors';
import type { BackupSourceFactory } from '@release-readiness/plugin-release-readiness-node';
import type { RestoreTestStore } from './RestoreTestStore';

/**
 * The built-in `records` source of restore tests: the newest passed record that an allowed user
 * posted (`POST /environments/:env/restore-tests`), with the link to its report; a newer failed
 * one is the last run.
 */
export function createRecordsBackupSourceFactory(
  store: RestoreTestStore,
): BackupSourceFactory {
  return {
    type: 'records',
    create({ system, environment, kind, itemKeyPrefix }) {
      if (kind !== 'restore-test') {
        throw new InputError(
          `Invalid configuration at '${itemKeyPrefix}.source': records are a source of restore tests only`,
        );
      }
      return {
        key: `restore-test-records:${system}/${environment}`,
        name: 'restore-test records',
        async observe() {
          const records = await store.list(system, environment, { limit: 50 });
          const passed = records.find(r => r.outcome === 'passed');
          const newest = records[0];
          return {
            ...(passed && {
              lastSuccessAt: passed.testedAt,
              url: passed.link,
              detail: `${passed.reason} (${passed.actor})`,
            }),
            ...(newest && {
              lastRun: {
                at: newest.testedAt,
                succeeded: newest.outcome === 'passed',
                detail: newest.reason,
              },
            }),
          };
        },
      };
    },
  };
}
