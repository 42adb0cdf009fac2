import { mockApis, registerMswTestHooks } from '@backstage/frontend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ReleaseReadinessClient } from './ReleaseReadinessClient';

interface Seen {
  method: string;
  url: string;
  authorization: string | null;
  contentType: string | null;
  accept: string | null;
  body?: unknown;
}

const ORIGIN = 'http://backstage.test';

describe('ReleaseReadinessClient decisions', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  const client = new ReleaseReadinessClient({
    discoveryApi: mockApis.discovery({ baseUrl: ORIGIN }),
    // What the app's fetch API does: the signed-in user's token on every request.
    fetchApi: {
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', 'Bearer user-token');
        return fetch(input, { ...init, headers });
      },
    },
  });

  /** Records every request to the backend and answers with `answer`. */
  function record(answer: (request: Request) => Response | Promise<Response>) {
    const seen: Seen[] = [];
    server.use(
      http.all(`${ORIGIN}/api/release-readiness/*`, async ({ request }) => {
        const url = new URL(request.url);
        const text =
          request.method === 'GET' ? '' : await request.clone().text();
        seen.push({
          method: request.method,
          url: `${url.pathname}${url.search}`,
          authorization: request.headers.get('authorization'),
          contentType: request.headers.get('content-type'),
          accept: request.headers.get('accept'),
          ...(text && { body: JSON.parse(text) }),
        });
        return answer(request);
      }),
    );
    return seen;
  }

  const refusal = (status: number, name: string, message: string) =>
    HttpResponse.json(
      {
        error: { name, message },
        request: { method: 'POST', url: '/' },
        response: { statusCode: status },
      },
      { status },
    );

  it('lists, reads and checks decisions of a system under /systems/:system', async () => {
    const seen = record(request => HttpResponse.json({ url: request.url }));
    await client.listDecisions('servanda', {
      environment: 'prod',
      status: 'open',
    });
    await client.listDecisions('sva studio');
    await client.getDecision('servanda', 'a/b');
    await client.checkDecision('servanda', 'prod', '1.4.2+build.7');
    expect(seen.map(s => `${s.method} ${s.url}`)).toEqual([
      'GET /api/release-readiness/systems/servanda/decisions?environment=prod&status=open',
      'GET /api/release-readiness/systems/sva%20studio/decisions',
      'GET /api/release-readiness/systems/servanda/decisions/a%2Fb',
      'GET /api/release-readiness/systems/servanda/decisions/check?environment=prod&version=1.4.2%2Bbuild.7',
    ]);
    expect(seen.every(s => s.authorization === 'Bearer user-token')).toBe(true);
  });

  it('posts requests, votes and waivers as JSON with their request ids', async () => {
    const seen = record(() =>
      HttpResponse.json({ decision: { id: 'd1' } }, { status: 201 }),
    );
    await expect(
      client.requestDecision('servanda', {
        environment: 'prod',
        version: '1.4.2',
        reason: 'Release 1.4.2',
        requestId: 'req-00000001',
      }),
    ).resolves.toEqual({ decision: { id: 'd1' } });
    await client.vote('servanda', 'd1', {
      vote: 'no-go',
      reason: 'Smoke tests red',
      requestId: 'req-00000002',
    });
    await client.waive('servanda', 'd1', {
      item: 'restore-test',
      reason: 'Drill next week',
      until: '2026-03-25T10:00:00Z',
      requestId: 'req-00000003',
    });
    expect(seen).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/api/release-readiness/systems/servanda/decisions',
        contentType: 'application/json',
        body: {
          environment: 'prod',
          version: '1.4.2',
          reason: 'Release 1.4.2',
          requestId: 'req-00000001',
        },
      }),
      expect.objectContaining({
        method: 'POST',
        url: '/api/release-readiness/systems/servanda/decisions/d1/votes',
        body: {
          vote: 'no-go',
          reason: 'Smoke tests red',
          requestId: 'req-00000002',
        },
      }),
      expect.objectContaining({
        method: 'POST',
        url: '/api/release-readiness/systems/servanda/decisions/d1/waivers',
        body: {
          item: 'restore-test',
          reason: 'Drill next week',
          until: '2026-03-25T10:00:00Z',
          requestId: 'req-00000003',
        },
      }),
    ]);
  });

  it('rejects a refusal with the status and the backend message', async () => {
    record(() =>
      refusal(
        403,
        'NotAllowedError',
        "user:development/guest may not vote: not responsible for 'Go/no-go decision'",
      ),
    );
    await expect(
      client.vote('servanda', 'd1', {
        vote: 'go',
        reason: 'Looks good',
        requestId: 'req-00000004',
      }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 403,
      body: {
        error: {
          message:
            "user:development/guest may not vote: not responsible for 'Go/no-go decision'",
        },
      },
    });
  });

  it('downloads the Markdown export with the user token and the suggested file name', async () => {
    const seen = record(
      () =>
        new HttpResponse('# Go/no-go prod 1.4.2\n', {
          headers: {
            'Content-Type': 'text/markdown; charset=utf-8',
            'Content-Disposition': 'attachment; filename="decision-prod-d1.md"',
          },
        }),
    );
    await expect(client.exportDecision('servanda', 'd1')).resolves.toEqual({
      fileName: 'decision-prod-d1.md',
      markdown: '# Go/no-go prod 1.4.2\n',
    });
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: '/api/release-readiness/systems/servanda/decisions/d1/export?format=markdown',
      authorization: 'Bearer user-token',
      accept: 'text/markdown',
    });
  });

  it('never takes a path from the suggested file name', async () => {
    record(
      () =>
        new HttpResponse('x', {
          headers: {
            'Content-Type': 'text/markdown',
            'Content-Disposition': 'attachment; filename="../../etc/passwd"',
          },
        }),
    );
    await expect(client.exportDecision('servanda', 'd/1')).resolves.toEqual({
      fileName: 'decision-d_1.md',
      markdown: 'x',
    });
  });

  it('rejects a failed export with the backend status', async () => {
    record(() => refusal(404, 'NotFoundError', "No decision 'nope'"));
    await expect(
      client.exportDecision('servanda', 'nope'),
    ).rejects.toMatchObject({ statusCode: 404 });
  });
});
