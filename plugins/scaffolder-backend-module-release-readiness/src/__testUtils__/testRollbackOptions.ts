import { mockServices } from '@backstage/backend-test-utils';
import { RollbacksClient } from '../client/RollbacksClient';
import { readRollbackLinks } from '../config/readRollbackLinks';

/**
 * What the rollback action is built with in unit tests: the real client (mock auth of the
 * scaffolder, the backend at `<url>/api/release-readiness`), links under
 * `https://portal.example/deploys` and a short wait (10 ms between reads, at most `timeoutMs`,
 * default 2 s).
 */
export function testRollbackOptions(url: string, timeoutMs = 2_000) {
  const base = async (pluginId: string) => `${url}/api/${pluginId}`;
  return {
    client: new RollbacksClient({
      auth: mockServices.auth({ pluginId: 'scaffolder' }),
      discovery: { getBaseUrl: base, getExternalBaseUrl: base },
    }),
    link: readRollbackLinks(
      mockServices.rootConfig({
        data: {
          app: { baseUrl: 'https://portal.example/' },
          releaseReadiness: { boardPath: '/deploys' },
        },
      }),
    ),
    wait: { intervalMs: 10, timeoutMs },
  };
}
