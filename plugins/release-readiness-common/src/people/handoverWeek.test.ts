import { handoverWeek } from './handoverWeek';

const berlinMonday9 = {
  weekday: 1,
  time: '09:00',
  timeZone: 'Europe/Berlin',
};

describe('handoverWeek', () => {
  it('runs from the handover at or before the instant to the next one', () => {
    expect(handoverWeek(berlinMonday9, '2026-01-07T12:00:00Z')).toEqual({
      start: '2026-01-05T08:00:00.000Z',
      end: '2026-01-12T08:00:00.000Z',
    });
  });

  it('puts the handover instant itself into the new week, one millisecond before into the old', () => {
    expect(handoverWeek(berlinMonday9, '2026-01-12T08:00:00Z').start).toBe(
      '2026-01-12T08:00:00.000Z',
    );
    expect(handoverWeek(berlinMonday9, '2026-01-12T07:59:59.999Z').start).toBe(
      '2026-01-05T08:00:00.000Z',
    );
  });

  it('keeps 09:00 local time across the spring DST change (a 167-hour week)', () => {
    // Europe/Berlin moves from CET (+01) to CEST (+02) on Sunday 2026-03-29.
    expect(handoverWeek(berlinMonday9, '2026-03-25T12:00:00Z')).toEqual({
      start: '2026-03-23T08:00:00.000Z',
      end: '2026-03-30T07:00:00.000Z',
    });
  });

  it('keeps 09:00 local time across the autumn DST change (a 169-hour week)', () => {
    // Back from CEST to CET on Sunday 2026-10-25.
    expect(handoverWeek(berlinMonday9, '2026-10-21T12:00:00Z')).toEqual({
      start: '2026-10-19T07:00:00.000Z',
      end: '2026-10-26T08:00:00.000Z',
    });
  });

  it('gives later and earlier weeks by offset, far into the future', () => {
    expect(handoverWeek(berlinMonday9, '2026-03-25T12:00:00Z', 1)).toEqual({
      start: '2026-03-30T07:00:00.000Z',
      end: '2026-04-06T07:00:00.000Z',
    });
    expect(handoverWeek(berlinMonday9, '2026-03-25T12:00:00Z', -12).start).toBe(
      '2025-12-29T08:00:00.000Z',
    );
    expect(handoverWeek(berlinMonday9, '2031-06-18T10:00:00Z')).toEqual({
      start: '2031-06-16T07:00:00.000Z',
      end: '2031-06-23T07:00:00.000Z',
    });
  });

  it('handles a handover on a day other than Monday, in another zone', () => {
    const fridayNewYork = {
      weekday: 5,
      time: '17:30',
      timeZone: 'America/New_York',
    };
    // Sunday 2026-03-08 is the US spring-forward day; the week spans it.
    expect(handoverWeek(fridayNewYork, '2026-03-09T00:00:00Z')).toEqual({
      start: '2026-03-06T22:30:00.000Z',
      end: '2026-03-13T21:30:00.000Z',
    });
  });

  it('moves a handover time that does not exist on the DST day forward, without gap or overlap', () => {
    // 02:30 on Sunday 2026-03-08 does not exist in New York (02:00 → 03:00).
    const sundayNight = {
      weekday: 7,
      time: '02:30',
      timeZone: 'America/New_York',
    };
    const before = handoverWeek(sundayNight, '2026-03-05T12:00:00Z');
    const during = handoverWeek(sundayNight, '2026-03-10T12:00:00Z');
    expect(before).toEqual({
      start: '2026-03-01T07:30:00.000Z',
      end: '2026-03-08T07:30:00.000Z',
    });
    expect(during).toEqual({
      start: '2026-03-08T07:30:00.000Z',
      end: '2026-03-15T06:30:00.000Z',
    });
  });

  it('takes the second of a handover time that happens twice on the DST day', () => {
    // 01:30 on Sunday 2026-11-01 happens twice in New York (EDT, then EST).
    const sundayNight = {
      weekday: 7,
      time: '01:30',
      timeZone: 'America/New_York',
    };
    expect(handoverWeek(sundayNight, '2026-10-28T12:00:00Z').end).toBe(
      '2026-11-01T06:30:00.000Z',
    );
    expect(handoverWeek(sundayNight, '2026-11-01T06:30:00Z').start).toBe(
      '2026-11-01T06:30:00.000Z',
    );
    // The first 01:30 (EDT) still belongs to the week before.
    expect(handoverWeek(sundayNight, '2026-11-01T05:30:00Z').start).toBe(
      '2026-10-25T05:30:00.000Z',
    );
  });

  it('rejects a malformed time or an unknown zone', () => {
    expect(() =>
      handoverWeek({ ...berlinMonday9, time: '9am' }, '2026-01-07T12:00:00Z'),
    ).toThrow("Invalid handover time '9am'");
    expect(() =>
      handoverWeek(
        { ...berlinMonday9, timeZone: 'Mars/Olympus' },
        '2026-01-07T12:00:00Z',
      ),
    ).toThrow(/Mars\/Olympus/);
  });
});
