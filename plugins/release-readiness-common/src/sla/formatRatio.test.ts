import { formatRatio } from './formatRatio';
import { formatRequests } from './formatRequests';

describe('formatRatio', () => {
  it('shows up to three decimals of a percentage', () => {
    expect(formatRatio(0.999)).toBe('99.9%');
    expect(formatRatio(4_317_241 / 4_320_000)).toBe('99.936%');
    expect(formatRatio(0.0005)).toBe('0.05%');
    expect(formatRatio(1)).toBe('100%');
    expect(formatRatio(0)).toBe('0%');
  });

  it('never rounds a ratio below 1 to 100 % or above 0 to 0 %', () => {
    expect(formatRatio(0.9999999)).toBe('>99.999%');
    expect(formatRatio(0.0000001)).toBe('<0.001%');
  });
});

describe('formatRequests', () => {
  it('rounds counts to a readable size', () => {
    expect(formatRequests(1)).toBe('1 request');
    expect(formatRequests(42.4)).toBe('42 requests');
    expect(formatRequests(1234)).toBe('1.2k requests');
    expect(formatRequests(999_960)).toBe('1M requests');
    expect(formatRequests(43_200_000)).toBe('43.2M requests');
    expect(formatRequests(2.5e9)).toBe('2.5B requests');
  });
});
