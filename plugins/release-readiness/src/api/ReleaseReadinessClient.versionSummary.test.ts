import { http, HttpResponse } from 'msw';
import { useTestClient } from './__testUtils__/useTestClient';

describe('ReleaseReadinessClient.getVersionSummary', () => {
  const { server, client } = useTestClient();

  it('asks the system-scoped summary route with the page and filters given', async () => {
    const seen: string[] = [];
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/systems/:system/version-summary',
        ({ request }) => {
          seen.push(request.url);
          return HttpResponse.json({
            environments: [],
            totals: { workloads: 0, drift: 0, unhealthy: 0, unknown: 0 },
            rows: [],
            total: 0,
            offset: 0,
            limit: 25,
          });
        },
      ),
    );
    await expect(client.getVersionSummary('servanda')).resolves.toMatchObject({
      total: 0,
      limit: 25,
    });
    await client.getVersionSummary('sva/studio', {
      offset: 50,
      limit: 25,
      q: 'api gw',
      attention: true,
    });
    await client.getVersionSummary('servanda', { attention: false, q: '' });
    expect(seen).toEqual([
      'http://backstage.test/api/release-readiness/systems/servanda/version-summary',
      'http://backstage.test/api/release-readiness/systems/sva%2Fstudio/version-summary?offset=50&limit=25&q=api+gw&attention=true',
      'http://backstage.test/api/release-readiness/systems/servanda/version-summary',
    ]);
  });
});
