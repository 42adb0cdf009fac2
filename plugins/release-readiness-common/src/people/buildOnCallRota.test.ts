import { buildOnCallRota } from './buildOnCallRota';
import type { OnCallShift } from './onCallTypes';

const handover = { weekday: 1, time: '09:00', timeZone: 'Europe/Berlin' };
const anna = { entityRef: 'user:default/anna', displayName: 'Anna' };
const ben = { entityRef: 'user:default/ben', displayName: 'Ben' };
const xaver = { entityRef: 'user:default/xaver', displayName: 'Xaver' };

// Weeks (Monday 09:00 Berlin): 03-16 08:00Z, 03-23 08:00Z, 03-30 07:00Z (CEST), 04-06 07:00Z.
const shifts: OnCallShift[] = [
  {
    role: 'primary',
    person: anna,
    start: '2026-03-16T08:00:00Z',
    end: '2026-03-23T08:00:00Z',
  },
  {
    role: 'backup',
    person: xaver,
    start: '2026-03-16T08:00:00Z',
    end: '2026-03-23T08:00:00Z',
  },
  {
    role: 'primary',
    person: ben,
    start: '2026-03-23T08:00:00Z',
    end: '2026-03-30T07:00:00Z',
  },
  {
    role: 'primary',
    person: anna,
    start: '2026-03-30T07:00:00Z',
    end: '2026-04-06T07:00:00Z',
  },
  {
    role: 'backup',
    person: xaver,
    start: '2026-03-30T07:00:00Z',
    end: '2026-04-06T07:00:00Z',
  },
];

describe('buildOnCallRota', () => {
  it('shows who is on call now and until the next handover', () => {
    const rota = buildOnCallRota({
      shifts,
      handover,
      now: '2026-03-18T10:00:00.000Z',
      weeks: 1,
    });
    expect(rota.current).toEqual({
      primary: [anna],
      backup: [xaver],
      until: '2026-03-23T08:00:00.000Z',
    });
    expect(rota.gaps).toEqual([]);
  });

  it('lists the next weeks with their people and highlights the week without backup', () => {
    const rota = buildOnCallRota({
      shifts,
      handover,
      now: '2026-03-18T10:00:00.000Z',
      weeks: 3,
    });
    expect(rota.weeks.map(w => [w.start, w.end])).toEqual([
      ['2026-03-16T08:00:00.000Z', '2026-03-23T08:00:00.000Z'],
      ['2026-03-23T08:00:00.000Z', '2026-03-30T07:00:00.000Z'],
      ['2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z'],
    ]);
    expect(rota.weeks[1].primary).toEqual([
      {
        person: ben,
        start: '2026-03-23T08:00:00.000Z',
        end: '2026-03-30T07:00:00.000Z',
      },
    ]);
    expect(rota.weeks[1].backup).toEqual([]);
    const gap = {
      start: '2026-03-23T08:00:00.000Z',
      end: '2026-03-30T07:00:00.000Z',
      missing: ['backup'],
    };
    expect(rota.weeks[1].gaps).toEqual([gap]);
    expect(rota.weeks[0].gaps).toEqual([]);
    expect(rota.weeks[2].gaps).toEqual([]);
    expect(rota.gaps).toEqual([gap]);
  });

  it('during a gap, says nobody is backup and when that changes', () => {
    const rota = buildOnCallRota({
      shifts,
      handover,
      now: '2026-03-25T10:00:00.000Z',
      weeks: 1,
    });
    expect(rota.current).toEqual({
      primary: [ben],
      backup: [],
      until: '2026-03-30T07:00:00.000Z',
    });
    // only the rest of the current week is a gap, not its past
    expect(rota.gaps).toEqual([
      {
        start: '2026-03-25T10:00:00.000Z',
        end: '2026-03-30T07:00:00.000Z',
        missing: ['backup'],
      },
    ]);
  });

  it('joins a person’s touching shifts and keeps simultaneous people apart', () => {
    const rota = buildOnCallRota({
      shifts: [
        {
          role: 'primary',
          person: anna,
          start: '2026-03-16T08:00:00Z',
          end: '2026-03-18T08:00:00Z',
        },
        {
          role: 'primary',
          person: anna,
          start: '2026-03-18T08:00:00Z',
          end: '2026-03-23T08:00:00Z',
        },
        {
          role: 'primary',
          person: ben,
          start: '2026-03-20T00:00:00Z',
          end: '2026-03-21T00:00:00Z',
        },
        {
          role: 'backup',
          person: xaver,
          start: '2026-03-01T00:00:00Z',
          end: '2026-04-01T00:00:00Z',
        },
      ],
      handover,
      now: '2026-03-20T12:00:00.000Z',
      weeks: 1,
    });
    expect(rota.weeks[0].primary).toEqual([
      {
        person: anna,
        start: '2026-03-16T08:00:00.000Z',
        end: '2026-03-23T08:00:00.000Z',
      },
      {
        person: ben,
        start: '2026-03-20T00:00:00.000Z',
        end: '2026-03-21T00:00:00.000Z',
      },
    ]);
    // clipped to the week
    expect(rota.weeks[0].backup[0]).toMatchObject({
      start: '2026-03-16T08:00:00.000Z',
      end: '2026-03-23T08:00:00.000Z',
    });
    expect(rota.current.primary).toEqual([anna, ben]);
    expect(rota.current.until).toBe('2026-03-21T00:00:00.000Z');
  });

  it('reports no gap where the data does not reach', () => {
    const rota = buildOnCallRota({
      shifts,
      handover,
      now: '2026-03-18T10:00:00.000Z',
      weeks: 4,
      covered: {
        start: '2026-03-18T10:00:00.000Z',
        end: '2026-04-06T07:00:00.000Z',
      },
    });
    expect(rota.weeks[3].gaps).toEqual([]);
    expect(rota.weeks[3].primary).toEqual([]);
    expect(rota.gaps.map(g => g.start)).toEqual(['2026-03-23T08:00:00.000Z']);
  });
});
