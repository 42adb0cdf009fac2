import { http, HttpResponse } from 'msw';
import { useTestClient } from './__testUtils__/useTestClient';

describe('ReleaseReadinessClient (people)', () => {
  const { server, client } = useTestClient();

  it('reads the RACI matrix of an environment', async () => {
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/systems/wimmelwelt/environments/prod/raci',
        () => HttpResponse.json({ environment: 'prod', activities: [] }),
      ),
    );
    await expect(client.getRaci('wimmelwelt', 'prod')).resolves.toEqual({
      environment: 'prod',
      activities: [],
    });
  });

  it('passes the number of weeks, and surfaces a 400 with its message', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/systems/wimmelwelt/environments/prod/oncall',
        ({ request }) => {
          const weeks = new URL(request.url).searchParams.get('weeks');
          seen.push(weeks);
          if (weeks === '13') {
            return HttpResponse.json(
              {
                error: {
                  name: 'InputError',
                  message:
                    "Invalid query parameter 'weeks': expected a whole number from 1 to 12",
                },
                request: { method: 'GET', url: '/' },
                response: { statusCode: 400 },
              },
              { status: 400 },
            );
          }
          return HttpResponse.json({ environment: 'prod', weeks: [] });
        },
      ),
    );
    await client.getOnCall('wimmelwelt', 'prod');
    await client.getOnCall('wimmelwelt', 'prod', 8);
    await expect(
      client.getOnCall('wimmelwelt', 'prod', 13),
    ).rejects.toMatchObject({
      statusCode: 400,
      body: { error: { message: expect.stringContaining("'weeks'") } },
    });
    expect(seen).toEqual([null, '8', '13']);
  });
});
