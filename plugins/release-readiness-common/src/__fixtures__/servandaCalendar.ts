import type { CalendarWindow } from '../calendar';

/**
 * The Servanda windows, written from the handbooks (000 "Change Freeze", 002 §5): a weekend
 * freeze Fri 16:00 UTC to Mon 08:00 UTC, no prod deploys 08–18 local time on weekdays, and
 * standard release windows Tue/Thu 20–22 local time. P0/P1 hotfixes are exempt.
 */
export const weekendFreeze: CalendarWindow = {
  id: 'weekend-freeze',
  title: 'Weekend change freeze',
  kind: 'freeze',
  recurrence: 'DTSTART;TZID=UTC:20240105T160000\nRRULE:FREQ=WEEKLY;BYDAY=FR',
  duration: 'P2DT16H',
  exemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
};

export const peakHours: CalendarWindow = {
  id: 'peak-hours',
  title: 'Peak traffic: no prod deploys',
  kind: 'freeze',
  recurrence:
    'DTSTART;TZID=Europe/Berlin:20240101T080000\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  duration: 'PT10H',
  exemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
};

export const standardRelease: CalendarWindow = {
  id: 'standard-release',
  title: 'Standard release window',
  kind: 'release',
  recurrence:
    'DTSTART;TZID=Europe/Berlin:20240102T200000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH',
  duration: 'PT2H',
};

export const servandaProdWindows = [weekendFreeze, peakHours, standardRelease];
