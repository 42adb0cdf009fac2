import type { Sourced } from '../readiness/inputTypes';
import type { SourceInfo } from '../sources/types';
import {
  evaluateBackupItem,
  type EvaluateBackupItemOptions,
} from './evaluateBackupItem';
import type { BackupObservation } from './types';

const NOW = '2026-03-24T12:00:00.000Z';
const ok: SourceInfo = {
  name: 'cronjob:prod/pg-backup',
  status: 'ok',
  fetchedAt: NOW,
};

const read = (
  value: BackupObservation | undefined,
  source: SourceInfo = ok,
): Sourced<BackupObservation> => ({ ...(value && { value }), source });

const item = (
  observation: Sourced<BackupObservation> | undefined,
  over: Partial<EvaluateBackupItemOptions> = {},
) =>
  evaluateBackupItem({
    name: 'pg-dump',
    kind: 'backup',
    sourceType: 'kubernetes-cronjob',
    rpo: 'PT24H',
    observation,
    now: NOW,
    ...over,
  });

describe('evaluateBackupItem', () => {
  it('passes at exactly the RPO and fails one second later', () => {
    const atRpo = item(read({ lastSuccessAt: '2026-03-23T12:00:00.000Z' }));
    expect(atRpo).toMatchObject({
      status: 'pass',
      age: 'P1D',
      lastSuccess: '2026-03-23T12:00:00.000Z',
      detail: 'Last success 24 h ago, RPO 24 h',
      kind: 'kubernetes-cronjob',
      rpo: 'PT24H',
    });
    const late = item(read({ lastSuccessAt: '2026-03-23T11:59:59.000Z' }));
    expect(late).toMatchObject({
      status: 'fail',
      age: 'P1DT1S',
      detail: 'Last success 24 h 1 s ago, RPO 24 h',
    });
  });

  it('fails an old backup with its age', () => {
    expect(
      item(read({ lastSuccessAt: '2026-03-23T10:00:00.000Z' })),
    ).toMatchObject({
      status: 'fail',
      age: 'P1DT2H',
      detail: 'Last success 26 h ago, RPO 24 h',
    });
  });

  it('is unknown, never fresh, without a success time', () => {
    expect(item(read({}))).toMatchObject({
      status: 'unknown',
      detail: 'No successful backup is known: unknown, never fresh',
    });
    expect(item(read({ lastSuccessAt: 'yesterday' })).status).toBe('unknown');
    const failedOnly = item(
      read({
        lastRun: { at: '2026-03-24T02:00:00.000Z', succeeded: false },
      }),
    );
    expect(failedOnly.status).toBe('unknown');
    expect(failedOnly.detail).toBe(
      'No successful backup is known: unknown, never fresh; the last run 10 h ago failed',
    );
  });

  it('warns when the last run failed after a success within the RPO, and fails beyond it', () => {
    const lastRun = {
      at: '2026-03-24T02:00:00.000Z',
      succeeded: false,
      detail: 'Job pg-backup-29041 failed',
    };
    const within = item(
      read({ lastSuccessAt: '2026-03-23T14:00:00.000Z', lastRun }),
    );
    expect(within.status).toBe('warn');
    expect(within.detail).toBe(
      'Last success 22 h ago, RPO 24 h; the last run 10 h ago failed (Job pg-backup-29041 failed)',
    );
    const beyond = item(
      read({ lastSuccessAt: '2026-03-23T02:00:00.000Z', lastRun }),
    );
    expect(beyond.status).toBe('fail');
    // a failed run before the last success does not matter
    expect(
      item(
        read({
          lastSuccessAt: '2026-03-24T03:00:00.000Z',
          lastRun: { ...lastRun, at: '2026-03-24T01:00:00.000Z' },
        }),
      ).status,
    ).toBe('pass');
  });

  it('judges a restore test by its max age', () => {
    const result = item(read({ lastSuccessAt: '2026-02-20T12:00:00.000Z' }), {
      kind: 'restore-test',
      sourceType: 'kubernetes-job',
      rpo: 'P30D',
    });
    expect(result).toMatchObject({
      status: 'fail',
      age: 'P32D',
      detail: 'Last successful restore test 32 days ago, max age 30 days',
    });
    expect(item(read({}), { kind: 'restore-test', rpo: 'P30D' }).detail).toBe(
      'No successful restore test is known: unknown, never fresh',
    );
  });

  it('judges the WAL lag against the max lag', () => {
    const wal = (lagSeconds: number | undefined, source: SourceInfo = ok) =>
      item(read(lagSeconds === undefined ? {} : { lagSeconds }, source), {
        name: 'wal',
        kind: 'wal-lag',
        sourceType: 'prometheus',
        rpo: 'PT5M',
      });
    expect(wal(300)).toMatchObject({
      status: 'pass',
      age: 'PT5M',
      detail: 'WAL archiving lag 5 min, max lag 5 min',
    });
    expect(wal(301).status).toBe('fail');
    expect(wal(undefined)).toMatchObject({
      status: 'unknown',
      detail: 'No WAL archiving lag is known: unknown, never fresh',
    });
    expect(wal(Number.NaN).status).toBe('unknown');
    // read 4 min ago with 2 min lag: up to 6 min now
    const old = wal(120, {
      ...ok,
      status: 'stale',
      fetchedAt: '2026-03-24T11:56:00.000Z',
    });
    expect(old).toMatchObject({
      status: 'fail',
      age: 'PT6M',
      detail:
        'WAL archiving lag up to 6 min (2 min when read 4 min ago), max lag 5 min (stale data read 4 min ago)',
    });
  });

  it('follows the last good data of a stale source, keeping the stale mark', () => {
    const stale: SourceInfo = {
      ...ok,
      status: 'stale',
      fetchedAt: '2026-03-24T11:50:00.000Z',
      error: { type: 'TIMEOUT', message: 'The cluster did not answer in 5 s' },
    };
    const result = item(
      read({ lastSuccessAt: '2026-03-24T01:00:00.000Z' }, stale),
    );
    expect(result.status).toBe('pass');
    expect(result.source).toBe(stale);
    expect(result.detail).toBe(
      'Last success 11 h ago, RPO 24 h (stale data read 10 min ago)',
    );
  });

  it('is unknown when the source is unavailable or not configured', () => {
    const unavailable = item(
      read(undefined, {
        name: 'cronjob:prod/pg-backup',
        status: 'unavailable',
        error: {
          type: 'FORBIDDEN',
          message: 'The cluster refused the credentials',
        },
      }),
    );
    expect(unavailable).toMatchObject({
      status: 'unknown',
      detail:
        'Cannot be judged: cronjob:prod/pg-backup is unavailable: The cluster refused the credentials (FORBIDDEN)',
    });
    const none = item(undefined);
    expect(none.status).toBe('unknown');
    expect(none.source).toMatchObject({
      status: 'unavailable',
      error: { type: 'NOT_CONFIGURED' },
    });
  });

  it('keeps only safe http(s) links and adds the source detail', () => {
    const result = item(
      read({
        lastSuccessAt: '2026-03-24T01:00:00.000Z',
        url: 'https://user:secret@velero.example/b/1',
        detail: 'Velero backup daily-20260324010012 (Completed)',
      }),
    );
    expect(result.url).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(result.detail).toBe(
      'Last success 11 h ago, RPO 24 h: Velero backup daily-20260324010012 (Completed)',
    );
    expect(
      item(read({ lastSuccessAt: NOW, url: 'https://velero.example/b/1' })).url,
    ).toBe('https://velero.example/b/1');
  });

  it('refuses an invalid now or rpo, naming it', () => {
    expect(() => item(read({}), { now: 'later' })).toThrow("Invalid 'now'");
    expect(() => item(read({}), { rpo: '24h' })).toThrow(
      "Invalid 'rpo' of backup item 'pg-dump'",
    );
  });
});
