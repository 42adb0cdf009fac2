import { parseMetricSelector } from './parseMetricSelector';
import { renderMetricSelector } from './renderMetricSelector';

describe('parseMetricSelector', () => {
  it('reads a metric with or without matchers, and the age of one for WAL lag', () => {
    expect(
      renderMetricSelector(
        parseMetricSelector(
          ' velero_backup_last_successful_timestamp{ schedule = "daily" } ',
          { allowAge: false },
        ),
      ),
    ).toBe('velero_backup_last_successful_timestamp{schedule="daily"}');
    expect(
      renderMetricSelector(
        parseMetricSelector(
          'time()-pg_wal_archive_last_success_timestamp_seconds',
          { allowAge: true },
        ),
      ),
    ).toBe('time() - pg_wal_archive_last_success_timestamp_seconds{}');
  });

  it.each([
    'max(velero_backup_last_successful_timestamp)',
    'velero_backup_last_successful_timestamp{a="b"} or vector(9e9)',
    'velero_backup_last_successful_timestamp[5m]',
    'velero_backup_last_successful_timestamp offset 1d',
    'velero_backup_last_successful_timestamp{a="b"}{c="d"}',
    'time() - velero_backup_last_successful_timestamp',
  ])('refuses %j for a backup', text => {
    expect(() => parseMetricSelector(text, { allowAge: false })).toThrow(
      'expected a metric selector such as velero_backup_last_successful_timestamp{schedule="daily"}',
    );
  });

  it('refuses other arithmetic for a lag, and bad matchers inside the braces', () => {
    expect(() =>
      parseMetricSelector('time() * 2 - x', { allowAge: true }),
    ).toThrow('optionally as time() - <selector>');
    expect(() =>
      parseMetricSelector('x{__name__="y"}', { allowAge: true }),
    ).toThrow('label names starting with __ are reserved');
  });
});
