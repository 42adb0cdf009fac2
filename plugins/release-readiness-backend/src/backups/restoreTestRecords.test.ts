import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
} from '@backstage/plugin-permission-node';
import { releaseReadinessRestoreTestRecordPermission } from '@release-readiness/plugin-release-readiness-common';
import request from 'supertest';
import { permissionsFollowing } from './__testUtils__/permissionsFollowing';
import {
  GUEST,
  JONAS,
  LENA,
  MARA,
  SERVANDA_RACI,
} from './__testUtils__/servandaRaci';
import { startBackupsBackend } from './__testUtils__/startBackupsBackend';

/**
 * Who may post restore-test records (`backups.restoreTest.source: records`, the default), through
 * the real plugin: the RACI from configuration resolved through the catalog, the permission
 * policy, the audit trail, and that a record counts at once.
 */

const DAY = 24 * 3600_000;
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
  },
  raci: SERVANDA_RACI,
};

const observe = async () => ({ lastSuccessAt: ago(3600_000) });

/** Refuses restore-test records to everyone; allows everything else. */
class NoRestoreTestRecords implements PermissionPolicy {
  async handle(query: PolicyQuery): Promise<PolicyDecision> {
    return isPermission(
      query.permission,
      releaseReadinessRestoreTestRecordPermission,
    )
      ? { result: AuthorizeResult.DENY }
      : { result: AuthorizeResult.ALLOW };
  }
}

type Server = Parameters<typeof request>[0];
const body = (over: Record<string, unknown> = {}) => ({
  testedAt: ago(2 * DAY),
  outcome: 'passed',
  link: 'https://reports.example/restore/2026-12-01',
  reason: 'Restored pg-dump into a scratch namespace, checks green',
  requestId: 'rt-7f1b0c1e-2f6e-4c11',
  ...over,
});
const post = (server: Server, user: string, sent: object) =>
  request(server)
    .post('/api/release-readiness/environments/prod/restore-tests')
    .set('Authorization', mockCredentials.user.header(user))
    .send(sent);
const list = async (server: Server) =>
  (
    await request(server)
      .get('/api/release-readiness/environments/prod/restore-tests')
      .set('Authorization', mockCredentials.user.header(GUEST))
  ).body.items;
const restoreTest = async (server: Server) =>
  (
    await request(server)
      .get('/api/release-readiness/environments/prod/backups')
      .set('Authorization', mockCredentials.user.header(GUEST))
  ).body.restoreTest;

describe('POST /environments/:env/restore-tests', () => {
  it.each([LENA, JONAS])(
    'lets %s (Responsible or Accountable for go/no-go) record one, which counts at once',
    async user => {
      const { server, events } = await startBackupsBackend({
        releaseReadiness,
        observe,
      });
      // Read (and cached) before the record exists: nothing proves a restore test yet.
      expect(await restoreTest(server)).toMatchObject({
        name: 'restore-test',
        status: 'unknown',
      });
      const sent = body();
      const res = await post(server, user, sent);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        system: 'default',
        environment: 'prod',
        testedAt: sent.testedAt,
        outcome: 'passed',
        link: sent.link,
        reason: sent.reason,
        actor: user,
        createdAt: expect.any(String),
      });
      expect(Date.now() - Date.parse(res.body.createdAt)).toBeLessThan(60_000);
      // Within the 60 s cache TTL: only the refresh after the append can show it.
      expect(await restoreTest(server)).toMatchObject({
        status: 'pass',
        at: sent.testedAt,
        link: sent.link,
        maxAge: 'P30D',
        source: { status: 'ok' },
      });
      expect(await list(server)).toEqual([res.body]);
      expect(events).toEqual([
        expect.objectContaining({
          eventId: 'restore-test-record',
          outcome: 'success',
          meta: expect.objectContaining({ environment: 'prod' }),
        }),
      ]);
    },
  );

  it('writes a retried request once and refuses the same requestId for a different record', async () => {
    const { server, events } = await startBackupsBackend({
      releaseReadiness,
      observe,
    });
    const sent = body();
    const first = await post(server, LENA, sent);
    const again = await post(server, LENA, sent);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);
    const other = await post(server, LENA, {
      ...sent,
      outcome: 'failed',
      reason: 'Restore failed: checksum mismatch',
    });
    expect(other.status).toBe(409);
    expect(other.body.error.name).toBe('ConflictError');
    expect(other.body.error.message).toContain(sent.requestId);
    expect(await list(server)).toEqual([first.body]);
    expect(events.map(e => [e.eventId, e.outcome])).toEqual([
      ['restore-test-record', 'success'],
      ['restore-test-record', 'success'],
      ['restore-test-record', 'fail'],
    ]);
    expect(events[2].error?.name).toBe('ConflictError');
  });

  it.each([
    [
      MARA,
      "user:default/mara.schulz is not responsible or accountable for 'Go/no-go decision' in prod",
    ],
    [
      GUEST,
      "user:development/guest is not responsible or accountable for 'Go/no-go decision' in prod",
    ],
  ])(
    'refuses %s with 403 and the reason, writes nothing, and audits the refusal',
    async (user, reason) => {
      const { server, events } = await startBackupsBackend({
        releaseReadiness,
        observe,
      });
      const res = await post(server, user, body());
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(reason);
      expect(await list(server)).toEqual([]);
      expect((await restoreTest(server)).status).toBe('unknown');
      expect(events).toEqual([
        expect.objectContaining({
          eventId: 'restore-test-record',
          outcome: 'fail',
        }),
      ]);
    },
  );

  it('follows a permission policy that denies restore-test records, even for the Release Captain', async () => {
    const { server, events } = await startBackupsBackend({
      releaseReadiness,
      observe,
      permissions: permissionsFollowing(new NoRestoreTestRecords()),
    });
    const res = await post(server, LENA, body());
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(
      'release-readiness.restore-test.record',
    );
    expect(await list(server)).toEqual([]);
    expect(events.map(e => [e.eventId, e.outcome])).toEqual([
      ['restore-test-record', 'fail'],
    ]);
  });

  it('refuses service principals and unsigned requests: records are made by people', async () => {
    const { server } = await startBackupsBackend({ releaseReadiness, observe });
    const service = await request(server)
      .post('/api/release-readiness/environments/prod/restore-tests')
      .set('Authorization', mockCredentials.service.header())
      .send(body());
    expect(service.status).toBe(403);
    const unsigned = await request(server)
      .post('/api/release-readiness/environments/prod/restore-tests')
      .set('Authorization', mockCredentials.none.header())
      .send(body());
    expect(unsigned.status).toBe(401);
    expect(await list(server)).toEqual([]);
  });
});
