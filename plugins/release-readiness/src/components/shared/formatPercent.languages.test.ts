import { formatPercent } from './formatPercent';

describe('formatPercent in a language', () => {
  it("writes the numbers the language's way", () => {
    expect(formatPercent(0.9995, 3, 'de')).toBe('99,95\u00a0%');
    expect(formatPercent(0.99999999, 3, 'de')).toBe('>99,999\u00a0%');
    expect(formatPercent(0.0000001, 3, 'de')).toBe('<0,001\u00a0%');
    expect(formatPercent(-0.42, 3, 'de')).toBe('-42\u00a0%');
    expect(formatPercent(0.9995, 3, 'en')).toBe('99.95%');
    expect(formatPercent(1, 3, 'en')).toBe('100%');
  });
});
