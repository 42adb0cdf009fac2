import { mockApis, registerMswTestHooks } from '@backstage/frontend-test-utils';
import { setupServer, type SetupServer } from 'msw/node';
import { ReleaseReadinessClient } from '../ReleaseReadinessClient';

/** The plugin's base URL as the test client discovers it. */
export const TEST_BASE = 'http://backstage.test/api/release-readiness';

/**
 * An msw server for the tests of the enclosing `describe` (its hooks registered) and a
 * {@link ReleaseReadinessClient} that discovers `http://backstage.test` and fetches through it.
 */
export function useTestClient(): {
  server: SetupServer;
  client: ReleaseReadinessClient;
} {
  const server = setupServer();
  registerMswTestHooks(server);
  const client = new ReleaseReadinessClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
    fetchApi: { fetch: (input, init) => fetch(input, init) },
  });
  return { server, client };
}
