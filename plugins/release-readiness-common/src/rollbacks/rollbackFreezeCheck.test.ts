import type { CalendarWindow } from '../calendar';
import { rollbackFreezeCheck } from './rollbackFreezeCheck';

const weekendFreeze = (exemptChangeTypes: string[] = []): CalendarWindow => ({
  id: 'weekend-freeze',
  title: 'Weekend change freeze',
  kind: 'freeze',
  recurrence: 'DTSTART;TZID=UTC:20240105T160000\nRRULE:FREQ=WEEKLY;BYDAY=FR',
  duration: 'P2DT16H',
  exemptChangeTypes,
});

// Saturday 2026-12-05 12:00 UTC is inside the freeze; Tuesday 2026-12-08 10:00 UTC is not.
const SATURDAY = '2026-12-05T12:00:00.000Z';
const TUESDAY = '2026-12-08T10:00:00.000Z';

describe('rollbackFreezeCheck', () => {
  it('allows a rollback outside every freeze, whatever the rule', () => {
    for (const rule of ['exempt', 'override', 'refuse'] as const) {
      expect(
        rollbackFreezeCheck({ windows: [weekendFreeze()], at: TUESDAY, rule }),
      ).toEqual({
        allowed: true,
        reason: 'No freeze applies now',
        freezes: [],
      });
    }
  });

  it('inside a freeze needs an override reason by default, allows with one', () => {
    const without = rollbackFreezeCheck({
      windows: [weekendFreeze()],
      at: SATURDAY,
      rule: 'override',
    });
    expect(without).toEqual({
      allowed: false,
      reason:
        'Inside the freeze Weekend change freeze a rollback needs an override reason (overrideReason)',
      freezes: ['Weekend change freeze'],
    });
    expect(
      rollbackFreezeCheck({
        windows: [weekendFreeze()],
        at: SATURDAY,
        rule: 'override',
        overrideReason: '  ',
      }).allowed,
    ).toBe(false);
    const withReason = rollbackFreezeCheck({
      windows: [weekendFreeze()],
      at: SATURDAY,
      rule: 'override',
      overrideReason: 'P1: checkout down since 11:40',
    });
    expect(withReason.allowed).toBe(true);
    expect(withReason.reason).toContain('P1: checkout down since 11:40');
  });

  it('is exempt or refused inside a freeze as the rule says', () => {
    expect(
      rollbackFreezeCheck({
        windows: [weekendFreeze()],
        at: SATURDAY,
        rule: 'exempt',
      }).allowed,
    ).toBe(true);
    expect(
      rollbackFreezeCheck({
        windows: [weekendFreeze()],
        at: SATURDAY,
        rule: 'refuse',
        overrideReason: 'P1 incident',
      }),
    ).toMatchObject({ allowed: false, freezes: ['Weekend change freeze'] });
  });

  it('ignores a freeze that exempts the change type rollback', () => {
    expect(
      rollbackFreezeCheck({
        windows: [weekendFreeze(['rollback'])],
        at: SATURDAY,
        rule: 'refuse',
      }),
    ).toMatchObject({ allowed: true, freezes: [] });
  });
});
