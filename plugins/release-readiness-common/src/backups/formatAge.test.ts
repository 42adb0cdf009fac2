import { formatAge } from './formatAge';

describe('formatAge', () => {
  it('is exact to the second, in hours up to 48 h and days from then on', () => {
    expect(formatAge(0)).toBe('0 s');
    expect(formatAge(45_000)).toBe('45 s');
    expect(formatAge(5 * 60_000)).toBe('5 min');
    expect(formatAge(26 * 3600_000)).toBe('26 h');
    expect(formatAge(24 * 3600_000 + 1000)).toBe('24 h 1 s');
    expect(formatAge((3 * 24 + 4) * 3600_000)).toBe('3 days 4 h');
    expect(formatAge(48 * 3600_000 + 60_000)).toBe('2 days 1 min');
  });
});
