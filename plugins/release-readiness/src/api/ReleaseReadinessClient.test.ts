import { http, HttpResponse } from 'msw';
import { useTestClient } from './__testUtils__/useTestClient';

describe('ReleaseReadinessClient', () => {
  const { server, client } = useTestClient();

  it("reads a system's environments from the plugin base URL", async () => {
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/systems/servanda/environments',
        () =>
          HttpResponse.json({
            items: [{ name: 'dev', title: 'Development', order: 1 }],
          }),
      ),
    );
    await expect(client.getEnvironments('servanda')).resolves.toEqual({
      items: [{ name: 'dev', title: 'Development', order: 1 }],
    });
  });

  it('escapes the environment name and surfaces backend errors with their message', async () => {
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/systems/:system/environments/:name',
        ({ params }) =>
          HttpResponse.json(
            {
              error: {
                name: 'NotFoundError',
                message: `Unknown environment '${params.name}'`,
              },
              request: { method: 'GET', url: '/' },
              response: { statusCode: 404 },
            },
            { status: 404 },
          ),
      ),
    );
    await expect(
      client.getEnvironment('servanda', 'a/b'),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      body: { error: { message: "Unknown environment 'a/b'" } },
    });
  });

  it('reads workloads and the deployed-where matrix, naming the workloads in the query', async () => {
    const seen: string[] = [];
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/systems/:system/environments/:env/workloads',
        ({ request }) => {
          seen.push(request.url);
          return HttpResponse.json({
            environment: 'prod',
            items: [],
            source: { name: 'x', status: 'ok' },
          });
        },
      ),
      http.get(
        'http://backstage.test/api/release-readiness/systems/:system/versions',
        ({ request }) => {
          seen.push(request.url);
          return HttpResponse.json({ environments: [], rows: [] });
        },
      ),
    );
    await expect(
      client.getWorkloads('servanda', 'prod-onprem'),
    ).resolves.toMatchObject({
      environment: 'prod',
    });
    await expect(client.getVersions('servanda')).resolves.toEqual({
      environments: [],
      rows: [],
    });
    await client.getVersions('sva-studio', {
      workloads: ['servanda-api', 'minio'],
    });
    expect(seen).toEqual([
      'http://backstage.test/api/release-readiness/systems/servanda/environments/prod-onprem/workloads',
      'http://backstage.test/api/release-readiness/systems/servanda/versions',
      'http://backstage.test/api/release-readiness/systems/sva-studio/versions?workload=servanda-api,minio',
    ]);
  });
});
