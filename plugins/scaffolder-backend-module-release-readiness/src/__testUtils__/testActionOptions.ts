import { mockServices } from '@backstage/backend-test-utils';
import { DecisionsClient } from '../client/DecisionsClient';
import { readDecisionLinks } from '../config/readDecisionLinks';

/**
 * What the actions are built with in unit tests: the real client (mock auth of the scaffolder,
 * the backend at `<url>/api/release-readiness`) and links under
 * `https://portal.example/deploys`.
 */
export function testActionOptions(url: string) {
  const base = async (pluginId: string) => `${url}/api/${pluginId}`;
  return {
    client: new DecisionsClient({
      auth: mockServices.auth({ pluginId: 'scaffolder' }),
      discovery: { getBaseUrl: base, getExternalBaseUrl: base },
    }),
    link: readDecisionLinks(
      mockServices.rootConfig({
        data: {
          app: { baseUrl: 'https://portal.example/' },
          releaseReadiness: { boardPath: '/deploys' },
        },
      }),
    ),
  };
}
