import { Settings } from 'luxon';
import { formatTime } from './formatTime';

describe('formatTime', () => {
  const defaultZone = Settings.defaultZone;
  afterEach(() => {
    Settings.defaultZone = defaultZone;
  });

  it('shows a moment in the given zone with its abbreviation, summer and winter', () => {
    expect(formatTime('2026-03-31T18:00:00.000Z', 'Europe/Berlin')).toBe(
      'Tue 31 Mar, 20:00 CEST',
    );
    expect(formatTime('2026-12-01T19:00:00Z', 'Europe/Berlin')).toBe(
      'Tue 1 Dec, 20:00 CET',
    );
    expect(formatTime('2026-03-27T18:00:00.000Z', 'UTC')).toBe(
      'Fri 27 Mar, 18:00 UTC',
    );
  });

  it("uses the viewer's zone without one, not the offset written in the time", () => {
    Settings.defaultZone = 'Asia/Tokyo';
    expect(formatTime('2026-03-31T20:00:00+02:00')).toBe(
      'Wed 1 Apr, 03:00 GMT+9',
    );
  });

  it('shows an unreadable time as given', () => {
    expect(formatTime('next Tuesday', 'Europe/Berlin')).toBe('next Tuesday');
  });
});
