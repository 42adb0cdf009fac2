import { testDatabaseIds } from './testDatabaseIds';

/**
 * Issue 8: PostgreSQL store tests must fail, not silently skip, when `make test` runs without
 * their database (`make unit` sets RELEASE_READINESS_REQUIRE_POSTGRES through
 * scripts/test-postgres.sh).
 */
describe('testDatabaseIds', () => {
  const saved = { ...process.env };

  beforeEach(() => {
    for (const key of Object.keys(process.env)) {
      if (
        key.startsWith('BACKSTAGE_TEST_DATABASE_POSTGRES') ||
        key === 'RELEASE_READINESS_REQUIRE_POSTGRES'
      ) {
        delete process.env[key];
      }
    }
  });

  afterEach(() => {
    process.env = { ...saved };
  });

  it('throws instead of running on SQLite only when PostgreSQL is required but absent', () => {
    process.env.RELEASE_READINESS_REQUIRE_POSTGRES = '1';
    expect(() => testDatabaseIds()).toThrow(
      /RELEASE_READINESS_REQUIRE_POSTGRES is set but no BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING is/,
    );
  });

  it('adds every PostgreSQL whose connection string is set, after SQLite', () => {
    process.env.RELEASE_READINESS_REQUIRE_POSTGRES = '1';
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING =
      'postgresql://postgres@127.0.0.1:1/postgres';
    expect(testDatabaseIds()).toEqual(['SQLITE_3', 'POSTGRES_15']);
  });

  it('runs on SQLite alone only when PostgreSQL is not required', () => {
    expect(testDatabaseIds()).toEqual(['SQLITE_3']);
  });
});
