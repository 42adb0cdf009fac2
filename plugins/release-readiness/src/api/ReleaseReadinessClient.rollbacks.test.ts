import { http, HttpResponse } from 'msw';
import { errorBody } from './__testUtils__/errorBody';
import {
  TEST_BASE as BASE,
  useTestClient,
} from './__testUtils__/useTestClient';

describe('ReleaseReadinessClient (rollbacks)', () => {
  const { server, client } = useTestClient();

  it("lists a system's rollbacks with the environment and limit as query, escaping the system", async () => {
    const urls: URL[] = [];
    server.use(
      http.get(`${BASE}/systems/:system/rollbacks`, ({ request }) => {
        urls.push(new URL(request.url));
        return HttpResponse.json({ items: [{ id: 'rb-1' }] });
      }),
    );
    await expect(
      client.listRollbacks('servanda', { environment: 'prod', limit: 20 }),
    ).resolves.toEqual({ items: [{ id: 'rb-1' }] });
    await client.listRollbacks('sva studio');
    expect(urls.map(u => u.pathname)).toEqual([
      '/api/release-readiness/systems/servanda/rollbacks',
      '/api/release-readiness/systems/sva%20studio/rollbacks',
    ]);
    expect(urls[0].searchParams.get('environment')).toBe('prod');
    expect(urls[0].searchParams.get('limit')).toBe('20');
    expect(urls[1].search).toBe('');
  });

  it('reads one rollback and surfaces a 404 as a ResponseError', async () => {
    server.use(
      http.get(`${BASE}/systems/servanda/rollbacks/:id`, ({ params }) =>
        params.id === 'rb-1'
          ? HttpResponse.json({ id: 'rb-1', outcome: 'succeeded' })
          : errorBody(404, 'NotFoundError', `No rollback '${params.id}'`),
      ),
    );
    await expect(client.getRollback('servanda', 'rb-1')).resolves.toEqual({
      id: 'rb-1',
      outcome: 'succeeded',
    });
    await expect(client.getRollback('servanda', 'a/b')).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      body: { error: { message: "No rollback 'a/b'" } },
    });
  });

  it('posts a follow-up as JSON to the record and surfaces a 403 with its reason', async () => {
    const bodies: unknown[] = [];
    let allowed = true;
    server.use(
      http.post(
        `${BASE}/systems/servanda/rollbacks/rb-1/follow-ups`,
        async ({ request }) => {
          expect(request.headers.get('content-type')).toBe('application/json');
          bodies.push(await request.json());
          return allowed
            ? HttpResponse.json({
                id: 'rb-1',
                followUps: { communication: { done: true } },
              })
            : errorBody(
                403,
                'NotAllowedError',
                "user:development/guest is not responsible for 'Trigger rollback' in prod",
              );
        },
      ),
    );
    const followUp = {
      field: 'postMortemOwner' as const,
      value: 'user:default/mara.schulz',
      requestId: 'req-00000001',
    };
    await expect(
      client.addRollbackFollowUp('servanda', 'rb-1', followUp),
    ).resolves.toMatchObject({ id: 'rb-1' });
    allowed = false;
    await expect(
      client.addRollbackFollowUp('servanda', 'rb-1', {
        field: 'communication',
        value: true,
        requestId: 'req-00000002',
      }),
    ).rejects.toMatchObject({
      statusCode: 403,
      body: {
        error: { message: expect.stringContaining('Trigger rollback') },
      },
    });
    expect(bodies).toEqual([
      followUp,
      { field: 'communication', value: true, requestId: 'req-00000002' },
    ]);
  });

  it("reads a workload's revisions under its environment, escaping each segment", async () => {
    const paths: string[] = [];
    server.use(
      http.get(
        `${BASE}/systems/:system/environments/:env/workloads/:kind/:name/revisions`,
        ({ request, params }) => {
          paths.push(new URL(request.url).pathname);
          return HttpResponse.json({
            environment: params.env,
            workload: { kind: params.kind, name: params.name },
            items: [],
            strategy: 'kubernetes',
            source: { name: 'kubernetes:demo', status: 'ok' },
          });
        },
      ),
    );
    await expect(
      client.getRevisions('servanda', 'prod', {
        kind: 'StatefulSet',
        name: 'minio',
      }),
    ).resolves.toMatchObject({
      workload: { kind: 'StatefulSet', name: 'minio' },
      strategy: 'kubernetes',
    });
    await client.getRevisions('servanda', 'a b', {
      kind: 'Deployment',
      name: 'x/y',
    });
    expect(paths).toEqual([
      '/api/release-readiness/systems/servanda/environments/prod/workloads/StatefulSet/minio/revisions',
      '/api/release-readiness/systems/servanda/environments/a%20b/workloads/Deployment/x%2Fy/revisions',
    ]);
  });
});
