import { http, HttpResponse } from 'msw';
import { useTestClient } from './__testUtils__/useTestClient';

describe('ReleaseReadinessClient (readiness)', () => {
  const { server, client } = useTestClient();

  it('asks for the readiness at a time, for a change type and risk', async () => {
    let url: URL | undefined;
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/systems/servanda/environments/prod/readiness',
        ({ request }) => {
          url = new URL(request.url);
          return HttpResponse.json({ environment: 'prod', verdict: 'unknown' });
        },
      ),
    );
    await expect(
      client.getReadiness('servanda', 'prod', {
        at: '2026-03-24T20:00:00+01:00',
        changeType: 'hotfix-p1',
        risk: undefined,
      }),
    ).resolves.toMatchObject({ verdict: 'unknown' });
    expect(url?.searchParams.get('at')).toBe('2026-03-24T20:00:00+01:00');
    expect(url?.searchParams.get('changeType')).toBe('hotfix-p1');
    expect(url?.searchParams.has('risk')).toBe(false);
  });

  it('asks for the calendar from a time for some days', async () => {
    server.use(
      http.get(
        'http://backstage.test/api/release-readiness/systems/servanda/environments/prod/calendar',
        ({ request }) =>
          HttpResponse.json({
            days: new URL(request.url).searchParams.get('days'),
          }),
      ),
    );
    await expect(
      client.getCalendar('servanda', 'prod', { days: 14 }),
    ).resolves.toEqual({
      days: '14',
    });
  });

  it('posts a manual gate result as JSON and surfaces a 403 with its message', async () => {
    let body: unknown;
    server.use(
      http.post(
        'http://backstage.test/api/release-readiness/systems/servanda/environments/prod/gates/staging/checks/smoke-tests',
        async ({ request }) => {
          body = await request.json();
          return HttpResponse.json(
            {
              error: {
                name: 'NotAllowedError',
                message: 'You are not allowed to set manual gate results',
              },
              request: { method: 'POST', url: '/' },
              response: { statusCode: 403 },
            },
            { status: 403 },
          );
        },
      ),
    );
    await expect(
      client.setManualGateResult('servanda', 'prod', 'staging', 'smoke-tests', {
        state: 'passed',
        reason: 'green on stage',
        requestId: 'req-00000001',
      }),
    ).rejects.toMatchObject({ statusCode: 403 });
    expect(body).toEqual({
      state: 'passed',
      reason: 'green on stage',
      requestId: 'req-00000001',
    });
  });
});
