import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { LENA, SERVANDA_RACI } from './__testUtils__/servandaRaci';
import { startBackupsBackend } from './__testUtils__/startBackupsBackend';

/**
 * Restore-test records through the real plugin: what a body must look like, the list (newest
 * test first), what a newer failed run does to the restore test, and environments that keep no
 * records.
 */

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

const releaseReadiness = {
  environments: {
    prod: {
      title: 'Production',
      order: 3,
      backups: {
        items: { 'pg-dump': { source: 'test' } },
        restoreTest: { maxAge: 'P30D' },
      },
    },
    stage: {
      title: 'Staging',
      order: 2,
      backups: {
        items: { 'pg-dump': { source: 'test' } },
        restoreTest: { source: 'test', maxAge: 'P30D' },
      },
    },
  },
  raci: SERVANDA_RACI,
};

const observe = async () => ({ lastSuccessAt: ago(HOUR) });

type Server = Parameters<typeof request>[0];
let sequence = 0;
const body = (over: Record<string, unknown> = {}) => ({
  testedAt: ago(2 * DAY),
  outcome: 'passed',
  link: 'https://reports.example/restore/2026-12-01',
  reason: 'Restored pg-dump into a scratch namespace, checks green',
  requestId: `rt-request-${++sequence}`,
  ...over,
});
const post = (server: Server, sent: object, env = 'prod') =>
  request(server)
    .post(`/api/release-readiness/environments/${env}/restore-tests`)
    .set('Authorization', mockCredentials.user.header(LENA))
    .send(sent);
const get = (server: Server, path: string) =>
  request(server)
    .get(`/api/release-readiness/environments/${path}`)
    .set('Authorization', mockCredentials.user.header(LENA));

describe('restore-test records', () => {
  it('refuses bad body fields with 400 naming the field, and audits each attempt', async () => {
    const { server, events } = await startBackupsBackend({
      releaseReadiness,
      observe,
    });
    const cases: [Record<string, unknown>, string][] = [
      [
        { testedAt: ago(-2 * HOUR) },
        "Invalid body field 'testedAt': must be in the past year, not in the future",
      ],
      [{ testedAt: ago(400 * DAY) }, "Invalid body field 'testedAt'"],
      [{ testedAt: 'yesterday' }, "Invalid body field 'testedAt'"],
      [
        // eslint-disable-next-line no-script-url -- the link the route must refuse
        { link: 'javascript:alert(document.cookie)' },
        "Invalid body field 'link': expected an http(s) URL of the report",
      ],
      [
        { link: 'https://backup-bot:s3cr3t-pass@reports.example/restore/1' },
        "Invalid body field 'link': expected an http(s) URL of the report",
      ],
      [{ reason: '  ok ' }, "Invalid body field 'reason'"],
      [{ outcome: 'skipped' }, "Invalid body field 'outcome'"],
      [{ requestId: 'x' }, "Invalid body field 'requestId'"],
      [
        { approvedBy: 'user:default/jonas.weber' },
        "Invalid body field 'approvedBy': unknown field",
      ],
    ];
    for (const [over, message] of cases) {
      const res = await post(server, body(over));
      expect({ over, status: res.status }).toEqual({ over, status: 400 });
      expect(res.body.error.message).toContain(message);
      expect(JSON.stringify(res.body)).not.toContain('s3cr3t');
    }
    const notJson = await request(server)
      .post('/api/release-readiness/environments/prod/restore-tests')
      .set('Authorization', mockCredentials.user.header(LENA))
      .set('Content-Type', 'application/json')
      .send('{"testedAt": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.message).toBe(
      'Invalid request body: the body is not valid JSON',
    );

    expect(events).toHaveLength(cases.length + 1);
    expect(
      events.every(
        e => e.eventId === 'restore-test-record' && e.outcome === 'fail',
      ),
    ).toBe(true);
    expect((await get(server, 'prod/restore-tests')).body.items).toEqual([]);
  });

  it('lists the records newest test first, and a newer failed run makes the restore test warn', async () => {
    const { server } = await startBackupsBackend({ releaseReadiness, observe });
    const oldest = await post(server, body({ testedAt: ago(5 * DAY) }));
    const newest = await post(
      server,
      body({
        testedAt: ago(1 * DAY),
        outcome: 'failed',
        reason: 'Restore failed: WAL segment missing',
      }),
    );
    const middle = await post(server, body({ testedAt: ago(3 * DAY) }));
    expect([oldest.status, newest.status, middle.status]).toEqual([
      201, 201, 201,
    ]);

    const all = await get(server, 'prod/restore-tests');
    expect(all.status).toBe(200);
    expect(all.body.items.map((r: { id: string }) => r.id)).toEqual([
      newest.body.id,
      middle.body.id,
      oldest.body.id,
    ]);
    const two = await get(server, 'prod/restore-tests?limit=2');
    expect(two.body.items.map((r: { id: string }) => r.id)).toEqual([
      newest.body.id,
      middle.body.id,
    ]);
    const badLimit = await get(server, 'prod/restore-tests?limit=0');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.error.message).toContain(
      "Invalid query parameter 'limit'",
    );
    const unknownParameter = await get(server, 'prod/restore-tests?actor=me');
    expect(unknownParameter.status).toBe(400);
    expect(unknownParameter.body.error.message).toBe(
      "Invalid query parameter 'actor': unknown parameter",
    );

    // The newest passed record (3 days) is within 30 days, but the run after it failed.
    const backups = await get(server, 'prod/backups');
    expect(backups.body.restoreTest).toMatchObject({
      status: 'warn',
      at: middle.body.testedAt,
      link: middle.body.link,
    });
    expect(backups.body.restoreTest.detail).toContain(
      'Restore failed: WAL segment missing',
    );
  });

  it('writes and lists without asking the backup sources (a hung one cannot hold a write)', async () => {
    const { server, calls } = await startBackupsBackend({
      releaseReadiness,
      observe: () => new Promise(() => {}), // pg-dump's source never answers
    });
    const started = Date.now();
    const created = await post(server, body());
    expect(created.status).toBe(201);
    expect((await get(server, 'prod/restore-tests')).body.items).toEqual([
      created.body,
    ]);
    // Well below the collector's default 5 s timeout.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(calls).toEqual([]);
  });

  it('answers 404 for an environment that keeps no records, or none at all', async () => {
    const { server, events } = await startBackupsBackend({
      releaseReadiness,
      observe,
    });
    const stage = await post(server, body(), 'stage');
    expect(stage.status).toBe(404);
    expect(stage.body.error.message).toContain(
      'backups.restoreTest.source: records',
    );
    expect((await get(server, 'stage/restore-tests')).status).toBe(404);
    expect((await post(server, body(), 'qa')).status).toBe(404);
    expect((await get(server, 'qa/restore-tests')).status).toBe(404);
    expect(events.map(e => e.outcome)).toEqual(['fail', 'fail']);
  });
});
