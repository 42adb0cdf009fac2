import { sendJson, startTestServer } from '../testUtils';
import { readRetryAfterMs } from './readRetryAfterMs';
import type { RateLimitHeader } from './types';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const RETRY_AFTER: RateLimitHeader = {
  name: 'retry-after',
  format: 'retry-after',
};
const DELTA: RateLimitHeader = {
  name: 'ratelimit-reset',
  format: 'delta-seconds',
};
const EPOCH: RateLimitHeader = {
  name: 'x-ratelimit-reset',
  format: 'epoch-seconds',
};

function read(header: RateLimitHeader, value: unknown) {
  return readRetryAfterMs(
    { [header.name]: value },
    { headers: [header], now: NOW },
  );
}

describe('readRetryAfterMs', () => {
  describe('retry-after', () => {
    it.each([
      ['delay seconds', '120', 120_000],
      ['fractional seconds rounded up to the millisecond', ' 1.5005 ', 1_501],
      ['a negative delay at 1 s', '-30', 1_000],
      ['a zero delay at 1 s', '0', 1_000],
      ['"retry in 10 years" at 15 min', String(10 * 365 * 86_400), 900_000],
      ['more digits than a double holds at 15 min', '9'.repeat(400), 900_000],
      [
        'an HTTP date relative to now',
        new Date(NOW + 90_000).toUTCString(),
        90_000,
      ],
      [
        'an HTTP date in the past at 1 s',
        'Wed, 21 Oct 2015 07:28:00 GMT',
        1_000,
      ],
      [
        'an HTTP date in 2100 at 15 min',
        'Fri, 01 Jan 2100 00:00:00 GMT',
        900_000,
      ],
      ['a number as seconds', 7, 7_000],
      ['a negative number at 1 s', -7, 1_000],
    ])('reads %s', (_name, value, expected) => {
      expect(read(RETRY_AFTER, value)).toBe(expected);
    });

    it.each([
      ['a word', 'soon'],
      ['an empty value', ''],
      ['a date that is no date', 'Fri, 99 Foo 2026 99:99:99 GMT'],
      ['a number with a unit', '120s'],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['a list', ['120']],
      ['an object', { seconds: 120 }],
    ])('treats %s as malformed', (_name, value) => {
      expect(read(RETRY_AFTER, value)).toBeUndefined();
    });
  });

  describe('delta-seconds', () => {
    it.each([
      ['seconds until the reset', '30', 30_000],
      ['a negative value at 1 s', '-30', 1_000],
      ['zero at 1 s', '0', 1_000],
      ['"retry in 10 years" at 15 min', '315360000', 900_000],
    ])('reads %s', (_name, value, expected) => {
      expect(read(DELTA, value)).toBe(expected);
    });

    it.each([
      ['a word', 'soon'],
      ['an HTTP date', 'Tue, 10 Mar 2026 12:02:00 GMT'],
    ])('treats %s as malformed', (_name, value) => {
      expect(read(DELTA, value)).toBeUndefined();
    });
  });

  describe('epoch-seconds', () => {
    it.each([
      ['a reset in 5 min', String(NOW / 1000 + 300), 300_000],
      ['a fractional reset', String(NOW / 1000 + 2.5), 2_500],
      ['a reset in the past at 1 s', String(NOW / 1000 - 3600), 1_000],
      [
        'a reset in a year at 15 min',
        String(NOW / 1000 + 365 * 86_400),
        900_000,
      ],
      ['a number', NOW / 1000 + 60, 60_000],
    ])('reads %s relative to now', (_name, value, expected) => {
      expect(read(EPOCH, value)).toBe(expected);
    });

    it.each([
      ['a word', 'tomorrow'],
      ['a negative epoch', '-5'],
      ['a negative number', -5],
      ['an HTTP date', new Date(NOW + 60_000).toUTCString()],
    ])('treats %s as malformed', (_name, value) => {
      expect(read(EPOCH, value)).toBeUndefined();
    });
  });

  it('takes the first usable header in the given order', () => {
    const headers = {
      'retry-after': '12',
      'x-ratelimit-reset': String(NOW / 1000 + 300),
    };
    expect(
      readRetryAfterMs(headers, { headers: [RETRY_AFTER, EPOCH], now: NOW }),
    ).toBe(12_000);
    expect(
      readRetryAfterMs(headers, { headers: [EPOCH, RETRY_AFTER], now: NOW }),
    ).toBe(300_000);
  });

  it('skips an absent or malformed header for the next one', () => {
    const reset = String(NOW / 1000 + 300);
    expect(
      readRetryAfterMs(
        { 'retry-after': 'later', 'x-ratelimit-reset': reset },
        { headers: [RETRY_AFTER, EPOCH], now: NOW },
      ),
    ).toBe(300_000);
    expect(
      readRetryAfterMs(
        { 'x-ratelimit-reset': reset },
        { headers: [RETRY_AFTER, EPOCH], now: NOW },
      ),
    ).toBe(300_000);
  });

  it('answers the fallback, clamped, or undefined when no header is usable', () => {
    const bag = { 'retry-after': 'soon' };
    expect(
      readRetryAfterMs(bag, { headers: [RETRY_AFTER], now: NOW }),
    ).toBeUndefined();
    expect(
      readRetryAfterMs(bag, {
        headers: [RETRY_AFTER],
        now: NOW,
        fallbackMs: 60_000,
      }),
    ).toBe(60_000);
    expect(
      readRetryAfterMs(
        {},
        { headers: [RETRY_AFTER], now: NOW, fallbackMs: 86_400_000 },
      ),
    ).toBe(900_000);
    expect(
      readRetryAfterMs({}, { headers: [RETRY_AFTER], now: NOW, fallbackMs: 0 }),
    ).toBe(1_000);
  });

  it('finds a plain object’s header whatever its case', () => {
    expect(
      readRetryAfterMs(
        { 'Retry-After': '42' },
        { headers: [RETRY_AFTER], now: NOW },
      ),
    ).toBe(42_000);
  });

  it('reads the Headers of a real answer, case-insensitively', async () => {
    const server = await startTestServer();
    try {
      server.handle((_req, res) =>
        sendJson(
          res,
          429,
          {},
          { 'Retry-After': 'soon', 'RateLimit-Reset': '42' },
        ),
      );
      const response = await fetch(server.url);
      await response.body?.cancel();
      expect(
        readRetryAfterMs(response.headers, {
          headers: [RETRY_AFTER, DELTA],
          now: NOW,
        }),
      ).toBe(42_000);
      expect(
        readRetryAfterMs(response.headers, {
          headers: [RETRY_AFTER, EPOCH],
          now: NOW,
        }),
      ).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
