import { toLastSuccess } from './toLastSuccess';
import type { BackupItemResult } from './types';

const result = (
  name: string,
  lastSuccess?: string,
  url?: string,
): BackupItemResult => ({
  name,
  kind: 'velero',
  rpo: 'PT24H',
  status: lastSuccess ? 'pass' : 'unknown',
  detail: '',
  ...(lastSuccess && { lastSuccess }),
  ...(url && { url }),
  source: { name: 'velero', status: 'ok' },
});

describe('toLastSuccess', () => {
  it('is the oldest last success, so one old backup fails the rule', () => {
    expect(
      toLastSuccess([
        result('pg-dump', '2026-03-24T01:00:00.000Z', 'https://a.example'),
        result('velero-daily', '2026-03-22T23:00:00.000Z', 'https://b.example'),
        result('offsite', '2026-03-23T23:00:00.000Z'),
      ]),
    ).toEqual({
      lastSuccessAt: '2026-03-22T23:00:00.000Z',
      url: 'https://b.example',
    });
  });

  it('has no last success when any item has none, or there is no item', () => {
    expect(
      toLastSuccess([
        result('pg-dump', '2026-03-24T01:00:00.000Z'),
        result('velero-daily'),
      ]),
    ).toEqual({});
    expect(toLastSuccess([])).toEqual({});
  });
});
