import { DateTime } from 'luxon';
import { formatAsOf } from './formatAsOf';
import { formatDayLabel } from './formatDayLabel';
import { formatLocalDateTime } from './formatLocalDateTime';
import { formatRotaRange } from './formatRotaRange';
import { formatRotaTime } from './formatRotaTime';
import { formatTime } from './formatTime';
import { localeFormatsOf } from './localeFormatsOf';

describe('localeFormatsOf', () => {
  it('writes dates the way of the portal language, English for one without its own', () => {
    expect(localeFormatsOf('de')).toEqual({
      locale: 'de-DE',
      day: 'EEE d. MMM',
    });
    expect(localeFormatsOf('de-AT').locale).toBe('de-AT');
    expect(localeFormatsOf('en').locale).toBe('en-GB');
    expect(localeFormatsOf('fr')).toEqual(localeFormatsOf('en'));
    expect(localeFormatsOf(undefined)).toEqual(localeFormatsOf('en'));
  });

  it('formats times, days and rota times in German for `de`', () => {
    expect(formatTime('2026-12-01T19:00:00Z', 'Europe/Berlin', 'de')).toBe(
      'Di. 1. Dez., 20:00 MEZ',
    );
    expect(formatTime('2026-12-01T19:00:00Z', 'Europe/Berlin', 'en')).toBe(
      'Tue 1 Dec, 20:00 CET',
    );
    expect(
      formatDayLabel(
        DateTime.fromISO('2026-03-31T12:00:00Z', { zone: 'UTC' }),
        'de',
      ),
    ).toBe('Di. 31. März');
    expect(
      formatRotaRange(
        { start: '2026-03-23T08:00:00.000Z', end: '2026-03-30T07:00:00.000Z' },
        'Europe/Berlin',
        'de',
      ),
    ).toBe('Mo. 23. März, 09:00 – Mo. 30. März, 09:00');
    expect(formatRotaTime('soon', 'Europe/Berlin', 'de')).toBe('soon');
    expect(formatLocalDateTime('2026-03-27T12:00:00.000Z', 'de')).toMatch(
      /^27\.3\.2026, \d\d:00:00$/,
    );
  });

  it('says how long ago in German for `de`', () => {
    const now = DateTime.fromISO('2026-03-27T18:00:00.000Z');
    expect(
      formatAsOf('2026-03-27T17:57:00.000Z', now, { language: 'de' }),
    ).toBe('vor 3 Minuten');
    expect(
      formatAsOf('2026-03-25T18:00:00.000Z', now, { language: 'de' }),
    ).toBe('vor 2 Tagen');
  });
});
