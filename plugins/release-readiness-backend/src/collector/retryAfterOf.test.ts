import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import { retryAfterOf } from './retryAfterOf';

describe('retryAfterOf', () => {
  const limited = (retryAfterMs: number) =>
    new SourceUnavailableError('RATE_LIMITED', 'slow down', { retryAfterMs });

  it('reads the wait a source asked for', () => {
    expect(retryAfterOf(limited(30_000))).toBe(30_000);
  });

  it('clamps what any module passes to between 1 s and 15 min', () => {
    expect(retryAfterOf(limited(10))).toBe(1_000);
    expect(retryAfterOf(limited(365 * 24 * 3_600_000))).toBe(15 * 60_000);
    expect(retryAfterOf({ retryAfterMs: 10 * 3_600_000 })).toBe(15 * 60_000);
  });

  it('has none for other errors and for values that are no wait', () => {
    expect(retryAfterOf(new Error('boom'))).toBeUndefined();
    expect(retryAfterOf({ retryAfterMs: -5 })).toBeUndefined();
    expect(retryAfterOf({ retryAfterMs: Infinity })).toBeUndefined();
    expect(retryAfterOf({ retryAfterMs: '60' })).toBeUndefined();
    expect(retryAfterOf(undefined)).toBeUndefined();
  });
});
