import {
  peakHours,
  standardRelease,
  weekendFreeze,
} from '../__fixtures__/servandaCalendar';
import { listOccurrences } from './listOccurrences';

const starts = (windowId: string, from: string, to: string) =>
  listOccurrences([weekendFreeze, peakHours, standardRelease], from, to)
    .filter(o => o.windowId === windowId)
    .map(o => [o.start, o.end]);

describe('listOccurrences', () => {
  it('keeps the Tue/Thu 20:00 Europe/Berlin release window at 20:00 local across the spring DST change', () => {
    // DST starts Sunday 2026-03-29: 20:00 is 19:00 UTC before, 18:00 UTC after.
    expect(
      starts(
        'standard-release',
        '2026-03-23T00:00:00Z',
        '2026-04-06T00:00:00Z',
      ),
    ).toEqual([
      ['2026-03-24T19:00:00.000Z', '2026-03-24T21:00:00.000Z'],
      ['2026-03-26T19:00:00.000Z', '2026-03-26T21:00:00.000Z'],
      ['2026-03-31T18:00:00.000Z', '2026-03-31T20:00:00.000Z'],
      ['2026-04-02T18:00:00.000Z', '2026-04-02T20:00:00.000Z'],
    ]);
  });

  it('moves back an hour in UTC when DST ends in October', () => {
    // DST ends Sunday 2026-10-25.
    expect(
      starts(
        'standard-release',
        '2026-10-19T00:00:00Z',
        '2026-11-02T00:00:00Z',
      ),
    ).toEqual([
      ['2026-10-20T18:00:00.000Z', '2026-10-20T20:00:00.000Z'],
      ['2026-10-22T18:00:00.000Z', '2026-10-22T20:00:00.000Z'],
      ['2026-10-27T19:00:00.000Z', '2026-10-27T21:00:00.000Z'],
      ['2026-10-29T19:00:00.000Z', '2026-10-29T21:00:00.000Z'],
    ]);
  });

  it('keeps the peak-hours freeze at 08:00–18:00 local time on weekdays only', () => {
    expect(
      starts('peak-hours', '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z'),
    ).toEqual([
      ['2026-03-27T07:00:00.000Z', '2026-03-27T17:00:00.000Z'], // Fri, CET
      ['2026-03-30T06:00:00.000Z', '2026-03-30T16:00:00.000Z'], // Mon, CEST
    ]);
  });

  it('keeps the weekend freeze in UTC, unaffected by Berlin DST', () => {
    expect(
      starts('weekend-freeze', '2026-03-23T00:00:00Z', '2026-04-06T00:00:00Z'),
    ).toEqual([
      // the previous weekend's freeze still runs on Monday morning
      ['2026-03-20T16:00:00.000Z', '2026-03-23T08:00:00.000Z'],
      ['2026-03-27T16:00:00.000Z', '2026-03-30T08:00:00.000Z'],
      ['2026-04-03T16:00:00.000Z', '2026-04-06T08:00:00.000Z'],
    ]);
  });

  it('includes an occurrence that began before the range and is still running', () => {
    expect(
      starts('weekend-freeze', '2026-03-29T12:00:00Z', '2026-03-29T13:00:00Z'),
    ).toEqual([['2026-03-27T16:00:00.000Z', '2026-03-30T08:00:00.000Z']]);
  });

  it('reads a repeated local time as its first occurrence and a skipped one with the offset before the gap (RFC 5545)', () => {
    const nightly = {
      id: 'nightly',
      title: 'Nightly maintenance',
      kind: 'freeze' as const,
      recurrence:
        'DTSTART;TZID=Europe/Berlin:20260301T023000\nRRULE:FREQ=DAILY',
      duration: 'PT30M',
    };
    const at = (day: string) =>
      listOccurrences([nightly], `${day}T00:00:00Z`, `${day}T03:00:00Z`).map(
        o => o.start,
      );
    // 2026-03-29 02:30 does not exist in Berlin: read with +01:00 → 01:30 UTC.
    expect(at('2026-03-29')).toEqual(['2026-03-29T01:30:00.000Z']);
    // 2026-10-25 02:30 happens twice: the first (+02:00) → 00:30 UTC.
    expect(at('2026-10-25')).toEqual(['2026-10-25T00:30:00.000Z']);
    expect(at('2026-10-26')).toEqual(['2026-10-26T01:30:00.000Z']);
  });

  it('adds whole days as calendar days, keeping local time across DST', () => {
    const weekendInBerlin = {
      id: 'w',
      title: 'w',
      kind: 'freeze' as const,
      recurrence:
        'DTSTART;TZID=Europe/Berlin:20260327T180000\nRRULE:FREQ=WEEKLY',
      duration: 'P3D',
    };
    expect(
      listOccurrences(
        [weekendInBerlin],
        '2026-03-27T00:00:00Z',
        '2026-03-28T00:00:00Z',
      ),
    ).toEqual([
      expect.objectContaining({
        start: '2026-03-27T17:00:00.000Z', // Fri 18:00 CET
        end: '2026-03-30T16:00:00.000Z', // Mon 18:00 CEST
        timeZone: 'Europe/Berlin',
      }),
    ]);
  });

  it('sorts occurrences of several windows by start', () => {
    const all = listOccurrences(
      [standardRelease, weekendFreeze, peakHours],
      '2026-03-26T00:00:00Z',
      '2026-03-28T00:00:00Z',
    );
    expect(all.map(o => `${o.windowId}@${o.start}`)).toEqual([
      'peak-hours@2026-03-26T07:00:00.000Z',
      'standard-release@2026-03-26T19:00:00.000Z',
      'peak-hours@2026-03-27T07:00:00.000Z',
      'weekend-freeze@2026-03-27T16:00:00.000Z',
    ]);
  });
});
