import { resolveSloWindow } from './resolveSloWindow';

describe('resolveSloWindow', () => {
  it('keeps a rolling window as it is', () => {
    expect(resolveSloWindow('P30D', '2026-03-10T12:00:00Z')).toBe('P30D');
    expect(resolveSloWindow('PT5M', 'not a time')).toBe('PT5M');
  });

  it('resolves a calendar month to the time since the start of the month (UTC), in whole seconds', () => {
    expect(resolveSloWindow('calendar-month', '2026-03-10T12:00:00Z')).toBe(
      'P9DT12H',
    );
    expect(resolveSloWindow('calendar-month', '2026-03-31T23:59:59.999Z')).toBe(
      'P30DT23H59M59S',
    );
    // 00:30 in Berlin on 1 March is 23:30 on 28 February in UTC
    expect(
      resolveSloWindow('calendar-month', '2026-03-01T00:30:00+01:00'),
    ).toBe('P27DT23H30M');
    expect(resolveSloWindow('calendar-month', '2026-03-01T00:00:00Z')).toBe(
      'PT0S',
    );
  });

  it('refuses an invalid time, naming at', () => {
    expect(() => resolveSloWindow('calendar-month', 'yesterday')).toThrow(
      "Invalid 'at': 'yesterday' is not an ISO 8601 time",
    );
  });
});
