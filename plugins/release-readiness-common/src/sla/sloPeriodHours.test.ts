import { sloPeriodHours } from './sloPeriodHours';

describe('sloPeriodHours', () => {
  it('is the length of a rolling window', () => {
    expect(sloPeriodHours('P30D', '2026-03-10T12:00:00Z')).toBe(720);
    expect(sloPeriodHours('P28D', '2026-03-10T12:00:00Z')).toBe(672);
    expect(sloPeriodHours('PT30M', '2026-03-10T12:00:00Z')).toBe(0.5);
  });

  it('is the whole calendar month of at (UTC), not the part that has passed', () => {
    expect(sloPeriodHours('calendar-month', '2026-03-10T12:00:00Z')).toBe(744);
    expect(sloPeriodHours('calendar-month', '2026-02-01T00:00:00Z')).toBe(672);
    expect(sloPeriodHours('calendar-month', '2028-02-29T23:00:00Z')).toBe(696);
  });

  it('refuses a window that is neither a duration nor calendar-month', () => {
    expect(() => sloPeriodHours('monthly', '2026-03-10T12:00:00Z')).toThrow(
      "Invalid SLO window 'monthly'",
    );
    expect(() => sloPeriodHours('PT0S', '2026-03-10T12:00:00Z')).toThrow(
      "Invalid SLO window 'PT0S'",
    );
  });
});
