import type { CalendarOccurrence } from '@release-readiness/plugin-release-readiness-common';
import { groupByDay } from './groupByDay';

const weekend: CalendarOccurrence = {
  windowId: 'weekend-freeze',
  title: 'Weekend change freeze',
  kind: 'freeze',
  start: '2026-03-27T16:00:00.000Z',
  end: '2026-03-30T08:00:00.000Z',
  timeZone: 'UTC',
  exemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
};
const release: CalendarOccurrence = {
  windowId: 'standard-release',
  title: 'Standard release window',
  kind: 'release',
  start: '2026-03-31T18:00:00.000Z',
  end: '2026-03-31T20:00:00.000Z',
  timeZone: 'Europe/Berlin',
  exemptChangeTypes: [],
};

describe('groupByDay', () => {
  it('lists a multi-day freeze on every day it touches, in the viewer’s zone', () => {
    const days = groupByDay(
      [weekend, release],
      '2026-03-27T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
      'Europe/Berlin',
    );
    expect(
      days.map(d => [d.label, d.freezes.length, d.releases.length]),
    ).toEqual([
      ['Fri 27 Mar', 1, 0],
      ['Sat 28 Mar', 1, 0],
      ['Sun 29 Mar', 1, 0],
      ['Mon 30 Mar', 1, 0],
      ['Tue 31 Mar', 0, 1],
      ['Wed 1 Apr', 0, 0], // 00:00 UTC is 02:00 in Berlin: the day has begun
    ]);
  });
});
