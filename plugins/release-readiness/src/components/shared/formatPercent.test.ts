import { formatPercent } from './formatPercent';

describe('formatPercent', () => {
  it.each([
    [0.999, '99.9%'],
    [0.9995, '99.95%'],
    [0.0005, '0.05%'],
    [1, '100%'],
    [0, '0%'],
    [-0.42, '-42%'],
  ])('shows %d as %s', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });

  it('never rounds a ratio below 1 up to 100% or one above 0 down to 0%', () => {
    expect(formatPercent(0.9999999)).toBe('>99.999%');
    expect(formatPercent(0.0000001)).toBe('<0.001%');
    expect(formatPercent(0.996, 0)).toBe('>99%');
    expect(formatPercent(-0.0000001)).toBe('>-0.001%');
  });

  it('rounds to the decimals asked for', () => {
    expect(formatPercent(0.41234, 1)).toBe('41.2%');
  });
});
