import {
  servandaProdWindows,
  weekendFreeze,
} from '../__fixtures__/servandaCalendar';
import { evaluateChangeWindow } from './evaluateChangeWindow';

const prod = (at: string, changeType?: string) =>
  evaluateChangeWindow({
    windows: servandaProdWindows,
    at,
    changeType,
    releaseWindowRequired: true,
    releaseWindowExemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
  });

const ids = (list: { windowId: string }[]) => list.map(o => o.windowId);

describe('evaluateChangeWindow (Servanda prod calendar)', () => {
  it.each([
    // [case, at (UTC), changeType, allowed, active freezes, next start, next end]
    [
      'Tue 20:30 CET, inside the release window',
      '2026-03-24T19:30:00Z',
      undefined,
      true,
      [],
      '2026-03-24T19:30:00.000Z',
      '2026-03-24T21:00:00.000Z',
    ],
    [
      'Tue 13:00 CET, peak hours',
      '2026-03-24T12:00:00Z',
      undefined,
      false,
      ['peak-hours'],
      '2026-03-24T19:00:00.000Z',
      '2026-03-24T21:00:00.000Z',
    ],
    [
      'Tue 19:00 CET, after peak but before the window',
      '2026-03-24T18:00:00Z',
      undefined,
      false,
      [],
      '2026-03-24T19:00:00.000Z',
      '2026-03-24T21:00:00.000Z',
    ],
    [
      'Tue 22:00 CET, the window has just closed',
      '2026-03-24T21:00:00Z',
      undefined,
      false,
      [],
      '2026-03-26T19:00:00.000Z',
      '2026-03-26T21:00:00.000Z',
    ],
    [
      'Fri 19:00 CET, weekend freeze; next window is after the DST change',
      '2026-03-27T18:00:00Z',
      undefined,
      false,
      ['weekend-freeze'],
      '2026-03-31T18:00:00.000Z',
      '2026-03-31T20:00:00.000Z',
    ],
    [
      'Mon 07:30 CEST, weekend freeze until 08:00 UTC',
      '2026-03-30T05:30:00Z',
      undefined,
      false,
      ['weekend-freeze'],
      '2026-03-31T18:00:00.000Z',
      '2026-03-31T20:00:00.000Z',
    ],
    [
      'Mon 08:30 CEST, weekend freeze and peak hours overlap',
      '2026-03-30T06:30:00Z',
      undefined,
      false,
      ['peak-hours', 'weekend-freeze'],
      '2026-03-31T18:00:00.000Z',
      '2026-03-31T20:00:00.000Z',
    ],
    [
      'Tue 20:00 CEST, first window after DST',
      '2026-03-31T18:00:00Z',
      undefined,
      true,
      [],
      '2026-03-31T18:00:00.000Z',
      '2026-03-31T20:00:00.000Z',
    ],
    [
      'Tue 19:30 CET after DST ends, outside the window',
      '2026-10-27T18:30:00Z',
      undefined,
      false,
      [],
      '2026-10-27T19:00:00.000Z',
      '2026-10-27T21:00:00.000Z',
    ],
    [
      'Thu 20:00 CEST before DST ends',
      '2026-10-22T18:00:00Z',
      undefined,
      true,
      [],
      '2026-10-22T18:00:00.000Z',
      '2026-10-22T20:00:00.000Z',
    ],
    [
      'a P1 hotfix on Saturday is exempt from freeze and window',
      '2026-03-28T12:00:00Z',
      'hotfix-p1',
      true,
      [],
      '2026-03-28T12:00:00.000Z',
      undefined,
    ],
    [
      'a P2 hotfix on Saturday is not exempt',
      '2026-03-28T12:00:00Z',
      'hotfix-p2',
      false,
      ['weekend-freeze'],
      '2026-03-31T18:00:00.000Z',
      '2026-03-31T20:00:00.000Z',
    ],
  ] as const)(
    '%s',
    (_case, at, changeType, allowed, freezes, nextStart, nextEnd) => {
      const status = prod(at, changeType);
      expect(status.allowed).toBe(allowed);
      expect(ids(status.freezes).sort()).toEqual([...freezes].sort());
      expect(status.nextAllowed?.start).toBe(nextStart);
      expect(status.nextAllowed?.end).toBe(nextEnd);
      expect(status.nextAllowed?.openNow).toBe(allowed);
    },
  );

  it('names the release window that is open and the freezes a hotfix is exempt from', () => {
    const inWindow = prod('2026-03-24T19:30:00Z');
    expect(ids(inWindow.releaseWindows)).toEqual(['standard-release']);
    expect(inWindow.nextAllowed?.releaseWindow?.windowId).toBe(
      'standard-release',
    );

    const hotfix = prod('2026-03-27T18:00:00Z', 'hotfix-p0');
    expect(hotfix.allowed).toBe(true);
    expect(ids(hotfix.exemptFreezes)).toEqual(['weekend-freeze']);
    expect(hotfix.releaseWindowRequired).toBe(false);
  });

  it('without required release windows, only freezes matter and the period ends at the next freeze', () => {
    const status = evaluateChangeWindow({
      windows: [weekendFreeze],
      at: '2026-03-25T20:00:00Z',
      releaseWindowRequired: false,
    });
    expect(status.allowed).toBe(true);
    expect(status.nextAllowed).toEqual({
      start: '2026-03-25T20:00:00.000Z',
      end: '2026-03-27T16:00:00.000Z',
      openNow: true,
    });
  });

  it('has no next period when none opens within the horizon', () => {
    const status = evaluateChangeWindow({
      windows: servandaProdWindows.filter(w => w.kind === 'freeze'),
      at: '2026-03-25T20:00:00Z',
      releaseWindowRequired: true,
      horizonDays: 14,
    });
    expect(status.allowed).toBe(false);
    expect(status.nextAllowed).toBeUndefined();
  });

  it('is always allowed without windows and requirements', () => {
    const status = evaluateChangeWindow({
      windows: [],
      at: '2026-03-25T20:00:00Z',
      releaseWindowRequired: false,
    });
    expect(status).toMatchObject({
      allowed: true,
      changeType: 'standard',
      nextAllowed: { start: '2026-03-25T20:00:00.000Z', openNow: true },
    });
    expect(status.nextAllowed?.end).toBeUndefined();
  });

  it('refuses an invalid time', () => {
    expect(() =>
      evaluateChangeWindow({
        windows: [],
        at: 'tuesday',
        releaseWindowRequired: false,
      }),
    ).toThrow("Invalid time 'tuesday'");
  });
});
