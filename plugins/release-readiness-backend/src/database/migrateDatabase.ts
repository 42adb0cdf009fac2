import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/**
 * The plugin's database client, with its migrations run (every table of the plugin: manual gate
 * results, restore-test records) unless the database service says to skip them. Safe to call
 * from every store: Knex runs each migration once.
 */
export async function migrateDatabase(
  database: DatabaseService,
): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await client.migrate.latest({
      directory: resolvePackagePath(
        '@release-readiness/plugin-release-readiness-backend',
        'migrations',
      ),
    });
  }
  return client;
}
