import { describeTarget, formatThreshold } from './describeTarget';

describe('describeTarget', () => {
  it('says what each kind of objective must reach', () => {
    expect(describeTarget({ kind: 'availability', target: 0.999 })).toBe(
      '≥ 99.9%',
    );
    expect(
      describeTarget({ kind: 'latency', target: 0.99, threshold: 0.05 }),
    ).toBe('≥ 99% within 50 ms');
    expect(describeTarget({ kind: 'error-rate', target: 0.001 })).toBe(
      '≤ 0.1% errors',
    );
  });

  it('shows thresholds of a second or more in seconds', () => {
    expect(formatThreshold(1.5)).toBe('1.5 s');
    expect(formatThreshold(0.3)).toBe('300 ms');
  });
});
