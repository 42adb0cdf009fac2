import { DateTime } from 'luxon';
import { formatAsOf } from './formatAsOf';

describe('formatAsOf', () => {
  const now = DateTime.fromISO('2026-03-27T18:00:00.000Z');

  it('says how long ago, relative to now', () => {
    expect(formatAsOf('2026-03-27T17:57:00.000Z', now)).toBe('3 minutes ago');
    expect(formatAsOf('2026-03-25T18:00:00.000Z', now)).toBe('2 days ago');
  });

  it('says "never" without a time and shows an unreadable one as given', () => {
    expect(formatAsOf(undefined, now)).toBe('never');
    expect(formatAsOf('', now)).toBe('never');
    expect(formatAsOf('yesterday-ish', now)).toBe('yesterday-ish');
  });
});
