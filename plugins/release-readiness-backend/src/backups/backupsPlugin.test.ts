import { mockCredentials } from '@backstage/backend-test-utils';
import type {
  BackupItemResult,
  BackupObservation,
  ReadinessItem,
} from '@release-readiness/plugin-release-readiness-common';
import request from 'supertest';
import type { ObservedItem } from './__testUtils__/backupTestModule';
import { startBackupsBackend } from './__testUtils__/startBackupsBackend';

/**
 * `GET /environments/:env/backups` and the readiness rules `backup-age` and `restore-test-age`
 * through the real plugin, with a backup source module whose observations the test chooses.
 */

const HOUR = 3600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

const releaseReadiness = {
  environments: {
    prod: {
      title: 'Production',
      order: 3,
      backups: {
        rpo: 'PT24H',
        items: {
          'pg-dump': { source: 'test' },
          offsite: { source: 'test' },
          wal: { kind: 'wal-lag', source: 'test', maxLag: 'PT5M' },
        },
        restoreTest: { source: 'test', maxAge: 'P30D' },
      },
      readiness: {
        preconditions: {
          backup: { type: 'backup-age', maxAge: 'PT25H' },
          restore: { type: 'restore-test-age', maxAge: 'P14D' },
        },
      },
    },
    stage: {
      title: 'Staging',
      order: 2,
      backups: {
        items: {
          'pg-dump': { source: 'test' },
          'velero-daily': { source: 'test' },
        },
        restoreTest: { source: 'test', maxAge: 'P30D' },
      },
      readiness: {
        preconditions: {
          backup: { type: 'backup-age', maxAge: 'P7D' },
          restore: { type: 'restore-test-age', maxAge: 'P30D' },
        },
      },
    },
    qa: {
      title: 'QA',
      order: 1,
      backups: {
        items: { 'pg-dump': { source: 'test' }, broken: { source: 'test' } },
      },
    },
    dev: { title: 'Development', order: 0 },
  },
};

/** What each item shows, by `<environment>/<item>`; times relative to the call. */
const OBSERVATIONS: Record<string, () => BackupObservation> = {
  'prod/pg-dump': () => ({ lastSuccessAt: ago(2 * HOUR), detail: 'job 17' }),
  'prod/offsite': () => ({
    lastSuccessAt: ago(26 * HOUR),
    url: 'https://backups.example/offsite/9',
  }),
  'prod/wal': () => ({ lagSeconds: 30 }),
  'prod/restore-test': () => ({
    lastSuccessAt: ago(10 * 24 * HOUR),
    url: 'https://reports.example/restore/42',
  }),
  'stage/pg-dump': () => ({ lastSuccessAt: ago(HOUR) }),
  'stage/velero-daily': () => ({
    lastRun: { at: ago(HOUR), succeeded: false, detail: 'PartiallyFailed' },
  }),
  'stage/restore-test': () => ({ lastSuccessAt: ago(40 * 24 * HOUR) }),
  'qa/pg-dump': () => ({ lastSuccessAt: ago(HOUR) }),
};

function start() {
  const seen: Record<string, BackupObservation> = {};
  const observe = async ({ environment, item }: ObservedItem) => {
    const make = OBSERVATIONS[`${environment}/${item}`];
    if (!make) {
      throw new Error(`${item} is broken`);
    }
    seen[`${environment}/${item}`] = make();
    return seen[`${environment}/${item}`];
  };
  return startBackupsBackend({ releaseReadiness, observe }).then(started => ({
    ...started,
    seen,
  }));
}

type Server = Parameters<typeof request>[0];
const get = (server: Server, path: string) =>
  request(server)
    .get(`/api/release-readiness${path}`)
    .set('Authorization', mockCredentials.user.header());

const byName = (items: BackupItemResult[]) =>
  Object.fromEntries(items.map(i => [i.name, i]));

describe('GET /environments/:env/backups', () => {
  it('judges each item against its RPO, the WAL lag and the restore test', async () => {
    const { server, seen } = await start();
    const res = await get(server, '/environments/prod/backups');
    expect(res.status).toBe(200);
    expect(res.body.environment).toBe('prod');
    const items = byName(res.body.items);
    expect(Object.keys(items)).toEqual(['pg-dump', 'offsite']);
    expect(items['pg-dump']).toMatchObject({
      kind: 'test',
      rpo: 'PT24H',
      status: 'pass',
      lastSuccess: seen['prod/pg-dump'].lastSuccessAt,
      source: { name: 'test:pg-dump', status: 'ok' },
    });
    expect(items['pg-dump'].detail).toMatch(
      /^Last success 2 h( \d+ s)? ago, RPO 24 h: job 17$/,
    );
    // 26 h old with an RPO of 24 h: fails, and says so with the limit.
    expect(items.offsite).toMatchObject({
      status: 'fail',
      lastSuccess: seen['prod/offsite'].lastSuccessAt,
      url: 'https://backups.example/offsite/9',
    });
    expect(items.offsite.detail).toMatch(/^Last success 26 h ago, RPO 24 h/);
    expect(res.body.walLag).toMatchObject({
      name: 'wal',
      rpo: 'PT5M',
      status: 'pass',
    });
    expect(res.body.walLag.detail).toContain('max lag 5 min');
    expect(res.body.restoreTest).toMatchObject({
      name: 'restore-test',
      status: 'pass',
      at: seen['prod/restore-test'].lastSuccessAt,
      maxAge: 'P30D',
      link: 'https://reports.example/restore/42',
    });
    expect(res.body.source.status).toBe('ok');

    const bySystem = await get(
      server,
      '/systems/default/environments/prod/backups',
    );
    expect(bySystem.body).toEqual(res.body);
  });

  it('reads an item without a success time as unknown, and a restore test beyond its max age as fail', async () => {
    const { server } = await start();
    const res = await get(server, '/environments/stage/backups');
    expect(res.status).toBe(200);
    const items = byName(res.body.items);
    expect(items['pg-dump'].status).toBe('pass');
    expect(items['velero-daily'].status).toBe('unknown');
    expect(items['velero-daily'].lastSuccess).toBeUndefined();
    expect(items['velero-daily'].detail).toContain('PartiallyFailed');
    expect(res.body.restoreTest.status).toBe('fail');
    expect(res.body.restoreTest.detail).toMatch(/max age 30 days/);
  });

  it('sums the sources up as the worst of them', async () => {
    const { server } = await start();
    const res = await get(server, '/environments/qa/backups');
    expect(res.status).toBe(200);
    const items = byName(res.body.items);
    expect(items['pg-dump']).toMatchObject({
      status: 'pass',
      source: { status: 'ok' },
    });
    expect(items.broken).toMatchObject({
      status: 'unknown',
      source: { name: 'test:broken', status: 'unavailable' },
    });
    expect(res.body.source).toMatchObject({
      name: 'test:broken',
      status: 'unavailable',
    });
  });

  it('says NOT_CONFIGURED without backups, and refuses bad requests', async () => {
    const { server, calls } = await start();
    const dev = await get(server, '/environments/dev/backups');
    expect(dev.status).toBe(200);
    expect(dev.body).toMatchObject({
      environment: 'dev',
      items: [],
      source: { status: 'unavailable', error: { type: 'NOT_CONFIGURED' } },
    });
    expect((await get(server, '/environments/nope/backups')).status).toBe(404);
    const query = await get(server, '/environments/prod/backups?at=now');
    expect(query.status).toBe(400);
    expect(query.body.error.message).toBe(
      "Invalid query parameter 'at': unknown parameter",
    );
    const unsigned = await request(server)
      .get('/api/release-readiness/environments/prod/backups')
      .set('Authorization', mockCredentials.none.header());
    expect(unsigned.status).toBe(401);
    expect(calls).toEqual([]);
  });
});

describe('the backup-age and restore-test-age preconditions', () => {
  const readiness = async (server: Server, env: string) => {
    const res = await get(server, `/environments/${env}/readiness`);
    expect(res.status).toBe(200);
    const items: ReadinessItem[] = res.body.items;
    return {
      verdict: res.body.verdict,
      items: Object.fromEntries(items.map(i => [i.id, i])),
    };
  };

  it('judges the oldest last success of the backup items, and the restore test', async () => {
    const { server, seen } = await start();
    const { verdict, items } = await readiness(server, 'prod');
    // pg-dump is 2 h old, offsite 26 h: the oldest (26 h) is beyond the 25 h limit.
    expect(items.backup).toMatchObject({ kind: 'backup-age', status: 'fail' });
    expect(items.backup.evidence).toEqual([
      expect.objectContaining({
        at: seen['prod/offsite'].lastSuccessAt,
        url: 'https://backups.example/offsite/9',
      }),
    ]);
    // 10 days old, limit 14 days.
    expect(items.restore).toMatchObject({
      kind: 'restore-test-age',
      status: 'pass',
    });
    expect(items.restore.evidence[0].at).toBe(
      seen['prod/restore-test'].lastSuccessAt,
    );
    expect(verdict).toBe('blocked');
  });

  it('is unknown, not pass, when one backup item has no success time', async () => {
    const { server } = await start();
    const { verdict, items } = await readiness(server, 'stage');
    // pg-dump (1 h) alone would pass the 7-day limit; velero-daily has no success at all.
    expect(items.backup.status).toBe('unknown');
    // 40 days old, limit 30 days.
    expect(items.restore.status).toBe('fail');
    expect(verdict).toBe('blocked');
  });
});
