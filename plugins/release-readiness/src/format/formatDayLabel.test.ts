import { DateTime } from 'luxon';
import { formatDayLabel } from './formatDayLabel';

describe('formatDayLabel', () => {
  it('names the day in the zone the day was made in', () => {
    const iso = '2026-03-31T23:30:00.000Z';
    expect(formatDayLabel(DateTime.fromISO(iso, { zone: 'UTC' }))).toBe(
      'Tue 31 Mar',
    );
    expect(
      formatDayLabel(DateTime.fromISO(iso, { zone: 'Europe/Berlin' })),
    ).toBe('Wed 1 Apr');
  });
});
