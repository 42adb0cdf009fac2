import type { OnCallRotation } from './onCallTypes';
import { rotationShifts } from './rotationShifts';

const rotation: OnCallRotation = {
  handover: { weekday: 1, time: '09:00', timeZone: 'Europe/Berlin' },
  start: '2026-01-05',
  primaries: ['user:anna', 'user:ben', 'user:cem'],
  backups: ['user:xaver', null],
};

describe('rotationShifts', () => {
  it('starts with the first entries at the first handover', () => {
    expect(
      rotationShifts(rotation, {
        start: '2026-01-05T08:00:00Z',
        end: '2026-01-05T09:00:00Z',
      }),
    ).toEqual([
      {
        role: 'primary',
        start: '2026-01-05T08:00:00.000Z',
        end: '2026-01-12T08:00:00.000Z',
        member: 'user:anna',
      },
      {
        role: 'backup',
        start: '2026-01-05T08:00:00.000Z',
        end: '2026-01-12T08:00:00.000Z',
        member: 'user:xaver',
      },
    ]);
  });

  it('wraps each list around on its own and leaves null weeks vacant', () => {
    const shifts = rotationShifts(rotation, {
      start: '2026-01-05T08:00:00Z',
      end: '2026-02-09T08:00:00Z',
    });
    const primaries = shifts.filter(s => s.role === 'primary');
    const backups = shifts.filter(s => s.role === 'backup');
    expect(primaries.map(s => s.member)).toEqual([
      'user:anna',
      'user:ben',
      'user:cem',
      'user:anna',
      'user:ben',
    ]);
    // weeks 0, 2 and 4 have Xaver; weeks 1 and 3 nobody
    expect(backups.map(s => s.start)).toEqual([
      '2026-01-05T08:00:00.000Z',
      '2026-01-19T08:00:00.000Z',
      '2026-02-02T08:00:00.000Z',
    ]);
  });

  it('hands over at 09:00 local time across DST, with the week index unchanged', () => {
    const shifts = rotationShifts(rotation, {
      start: '2026-03-25T00:00:00Z',
      end: '2026-04-01T00:00:00Z',
    });
    // week 11 (2026-03-23): 11 mod 3 = 2 → Cem, 11 mod 2 = 1 → no backup
    // week 12 (2026-03-30, now CEST): 12 mod 3 = 0 → Anna, Xaver
    expect(shifts).toEqual([
      {
        role: 'primary',
        start: '2026-03-23T08:00:00.000Z',
        end: '2026-03-30T07:00:00.000Z',
        member: 'user:cem',
      },
      {
        role: 'primary',
        start: '2026-03-30T07:00:00.000Z',
        end: '2026-04-06T07:00:00.000Z',
        member: 'user:anna',
      },
      {
        role: 'backup',
        start: '2026-03-30T07:00:00.000Z',
        end: '2026-04-06T07:00:00.000Z',
        member: 'user:xaver',
      },
    ]);
  });

  it('computes any future week', () => {
    // 2031-06-16 is week 284: 284 mod 3 = 2 → Cem; 284 mod 2 = 0 → Xaver
    const shifts = rotationShifts(rotation, {
      start: '2031-06-18T10:00:00Z',
      end: '2031-06-18T11:00:00Z',
    });
    expect(shifts.map(s => [s.role, s.member, s.start, s.end])).toEqual([
      [
        'primary',
        'user:cem',
        '2031-06-16T07:00:00.000Z',
        '2031-06-23T07:00:00.000Z',
      ],
      [
        'backup',
        'user:xaver',
        '2031-06-16T07:00:00.000Z',
        '2031-06-23T07:00:00.000Z',
      ],
    ]);
  });

  it('has nobody before the first handover, which is on or after the start date', () => {
    // 2026-01-07 is a Wednesday: the first handover is Monday 2026-01-12.
    const shifts = rotationShifts(
      { ...rotation, start: '2026-01-07' },
      { start: '2026-01-01T00:00:00Z', end: '2026-01-13T00:00:00Z' },
    );
    expect(shifts.map(s => [s.role, s.member, s.start])).toEqual([
      ['primary', 'user:anna', '2026-01-12T08:00:00.000Z'],
      ['backup', 'user:xaver', '2026-01-12T08:00:00.000Z'],
    ]);
  });

  it('returns nothing for an empty range, and refuses absurdly long ones', () => {
    expect(
      rotationShifts(rotation, {
        start: '2026-02-01T00:00:00Z',
        end: '2026-02-01T00:00:00Z',
      }),
    ).toEqual([]);
    expect(() =>
      rotationShifts(rotation, {
        start: '2026-01-05T00:00:00Z',
        end: '2046-01-05T00:00:00Z',
      }),
    ).toThrow(RangeError);
  });

  it('rejects a start that is not a date', () => {
    expect(() =>
      rotationShifts(
        { ...rotation, start: 'next monday' },
        { start: '2026-01-05T00:00:00Z', end: '2026-01-06T00:00:00Z' },
      ),
    ).toThrow("Invalid rotation start 'next monday'");
  });
});
