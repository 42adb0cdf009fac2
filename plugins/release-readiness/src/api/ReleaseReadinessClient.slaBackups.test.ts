import { http, HttpResponse } from 'msw';
import { errorBody } from './__testUtils__/errorBody';
import {
  TEST_BASE as BASE,
  useTestClient,
} from './__testUtils__/useTestClient';

describe('ReleaseReadinessClient (SLA and backups)', () => {
  const { server, client } = useTestClient();

  it("reads an environment's SLA and backups under its system, escaping the names", async () => {
    const seen: string[] = [];
    server.use(
      http.get(
        `${BASE}/systems/:system/environments/:env/sla`,
        ({ request, params }) => {
          seen.push(new URL(request.url).pathname);
          return HttpResponse.json({
            environment: params.env,
            services: [],
            source: { name: 'prometheus:main', status: 'ok' },
          });
        },
      ),
      http.get(
        `${BASE}/systems/:system/environments/:env/backups`,
        ({ request, params }) => {
          seen.push(new URL(request.url).pathname);
          return HttpResponse.json({
            environment: params.env,
            items: [],
            source: { name: 'none', status: 'unavailable' },
          });
        },
      ),
    );
    await expect(client.getSla('servanda', 'prod')).resolves.toMatchObject({
      environment: 'prod',
      source: { name: 'prometheus:main' },
    });
    await expect(client.getBackups('sva studio', 'a/b')).resolves.toMatchObject(
      { environment: 'a/b', items: [] },
    );
    expect(seen).toEqual([
      '/api/release-readiness/systems/servanda/environments/prod/sla',
      '/api/release-readiness/systems/sva%20studio/environments/a%2Fb/backups',
    ]);
  });

  it('lists restore-test records with a limit, and surfaces the 404 of an environment without records', async () => {
    let url: URL | undefined;
    server.use(
      http.get(
        `${BASE}/systems/servanda/environments/stage/restore-tests`,
        ({ request }) => {
          url = new URL(request.url);
          return HttpResponse.json({ items: [{ id: 'r1' }] });
        },
      ),
      http.get(`${BASE}/systems/servanda/environments/prod/restore-tests`, () =>
        errorBody(
          404,
          'NotFoundError',
          'prod keeps no restore-test records (backups.restoreTest.source: records)',
        ),
      ),
    );
    await expect(
      client.getRestoreTests('servanda', 'stage', { limit: 5 }),
    ).resolves.toEqual({ items: [{ id: 'r1' }] });
    expect(url?.searchParams.get('limit')).toBe('5');
    await client.getRestoreTests('servanda', 'stage');
    expect(url?.search).toBe('');
    await expect(
      client.getRestoreTests('servanda', 'prod'),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      body: {
        error: {
          message:
            'prod keeps no restore-test records (backups.restoreTest.source: records)',
        },
      },
    });
  });

  it('posts a restore test as JSON, returns the record and surfaces a 403 with its reason', async () => {
    const bodies: unknown[] = [];
    let allowed = true;
    server.use(
      http.post(
        `${BASE}/systems/servanda/environments/stage/restore-tests`,
        async ({ request }) => {
          const body = await request.json();
          bodies.push(body);
          expect(request.headers.get('content-type')).toBe('application/json');
          return allowed
            ? HttpResponse.json(
                { id: 'rec-1', actor: 'user:default/lena.kraus' },
                { status: 201 },
              )
            : errorBody(
                403,
                'NotAllowedError',
                "user:development/guest is not responsible or accountable for 'Go/no-go decision' in stage",
              );
        },
      ),
    );
    const request = {
      testedAt: '2026-03-20T10:00:00.000Z',
      outcome: 'passed' as const,
      link: 'https://wiki.example/restore-2026-03-20',
      reason: 'monthly restore into scratch namespace',
      requestId: 'req-0000000001',
    };
    await expect(
      client.recordRestoreTest('servanda', 'stage', request),
    ).resolves.toEqual({ id: 'rec-1', actor: 'user:default/lena.kraus' });
    allowed = false;
    await expect(
      client.recordRestoreTest('servanda', 'stage', request),
    ).rejects.toMatchObject({
      statusCode: 403,
      body: {
        error: { message: expect.stringContaining('is not responsible') },
      },
    });
    expect(bodies).toEqual([request, request]);
  });
});
