import { formatCount } from './formatCount';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [41.6, '42'],
    [1234, '1.2k'],
    [999_960, '1M'],
    [43_210_000, '43.2M'],
    [2_500_000_000, '2.5B'],
  ])('shows %d as %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });
});
