import {
  clampRetryAfterMs,
  MAX_RETRY_AFTER_MS,
  MIN_RETRY_AFTER_MS,
} from './clampRetryAfterMs';

describe('clampRetryAfterMs', () => {
  it('bounds waits to 1 s and 15 min', () => {
    expect(MIN_RETRY_AFTER_MS).toBe(1_000);
    expect(MAX_RETRY_AFTER_MS).toBe(900_000);
  });

  it.each([
    ['a wait within the bounds as it is', 42_000, 42_000],
    ['a fraction of a millisecond rounded up', 1_500.2, 1_501],
    ['exactly 1 s as it is', 1_000, 1_000],
    ['exactly 15 min as it is', 900_000, 900_000],
    ['zero at 1 s', 0, 1_000],
    ['a negative wait at 1 s', -30_000, 1_000],
    ['10 years at 15 min', 10 * 365 * 86_400_000, 900_000],
    ['Infinity at 15 min', Number.POSITIVE_INFINITY, 900_000],
  ])('keeps %s', (_name, ms, expected) => {
    expect(clampRetryAfterMs(ms)).toBe(expected);
  });
});
