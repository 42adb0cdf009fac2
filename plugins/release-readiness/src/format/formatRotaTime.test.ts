import { formatRotaRange } from './formatRotaRange';
import { formatRotaTime } from './formatRotaTime';

describe('formatRotaTime and formatRotaRange', () => {
  it("shows rota times in the rota's zone, across a daylight saving change", () => {
    expect(formatRotaTime('2026-03-23T08:00:00.000Z', 'Europe/Berlin')).toBe(
      'Mon 23 Mar, 09:00',
    );
    expect(
      formatRotaRange(
        { start: '2026-03-23T08:00:00.000Z', end: '2026-03-30T07:00:00.000Z' },
        'Europe/Berlin',
      ),
    ).toBe('Mon 23 Mar, 09:00 – Mon 30 Mar, 09:00');
    expect(formatRotaTime('2026-03-23T08:00:00.000Z', 'America/New_York')).toBe(
      'Mon 23 Mar, 04:00',
    );
  });

  it('shows an unreadable time as given', () => {
    expect(formatRotaTime('soon', 'Europe/Berlin')).toBe('soon');
  });
});
