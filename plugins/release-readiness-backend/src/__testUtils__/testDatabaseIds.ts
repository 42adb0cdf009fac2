import type { TestDatabaseId } from '@backstage/backend-test-utils';

const POSTGRES_IDS: TestDatabaseId[] = [
  'POSTGRES_18',
  'POSTGRES_17',
  'POSTGRES_16',
  'POSTGRES_15',
  'POSTGRES_14',
  'POSTGRES_13',
  'POSTGRES_12',
  'POSTGRES_11',
];

/**
 * The databases store tests run against: SQLite always, and every PostgreSQL whose connection
 * string `TestDatabases` finds in the environment
 * (`BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING`, set by
 * `scripts/test-postgres.sh`). Docker is never used.
 *
 * @remarks
 * With `RELEASE_READINESS_REQUIRE_POSTGRES=1` (as `make unit` sets it) a missing PostgreSQL is an
 * error instead of a silent SQLite-only run.
 */
export function testDatabaseIds(): TestDatabaseId[] {
  const postgres = POSTGRES_IDS.filter(
    id =>
      process.env[
        `BACKSTAGE_TEST_DATABASE_${id.replace('_', '')}_CONNECTION_STRING`
      ],
  );
  if (postgres.length === 0 && process.env.RELEASE_READINESS_REQUIRE_POSTGRES) {
    throw new Error(
      'RELEASE_READINESS_REQUIRE_POSTGRES is set but no BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING is; run the tests through scripts/test-postgres.sh',
    );
  }
  return ['SQLITE_3', ...postgres];
}
