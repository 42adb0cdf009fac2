import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { CalendarResponse } from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { CalendarCard } from './CalendarCard';

const calendar: CalendarResponse = {
  environment: 'prod',
  from: '2026-03-26T00:00:00.000Z',
  to: '2026-04-09T00:00:00.000Z',
  releaseWindowRequired: true,
  windows: [
    {
      id: 'weekend-freeze',
      title: 'Weekend change freeze',
      kind: 'freeze',
      recurrence:
        'DTSTART;TZID=UTC:20240105T160000\nRRULE:FREQ=WEEKLY;BYDAY=FR',
      duration: 'P2DT16H',
      exemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
    },
  ],
  occurrences: [
    {
      windowId: 'weekend-freeze',
      title: 'Weekend change freeze',
      kind: 'freeze',
      start: '2026-03-27T16:00:00.000Z',
      end: '2026-03-30T08:00:00.000Z',
      timeZone: 'UTC',
      exemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
    },
    {
      windowId: 'standard-release',
      title: 'Standard release window',
      kind: 'release',
      start: '2026-03-31T18:00:00.000Z',
      end: '2026-03-31T20:00:00.000Z',
      timeZone: 'Europe/Berlin',
      exemptChangeTypes: [],
    },
  ],
};

function render(getCalendar: jest.Mock) {
  return renderInTestApp(
    <CalendarCard system="servanda" environment="prod" />,
    {
      apis: [[releaseReadinessApiRef, { getCalendar }]] as const,
    },
  );
}

describe('CalendarCard', () => {
  it('lists the next 14 days with freezes and release windows in their own time zone', async () => {
    const getCalendar = jest.fn().mockResolvedValue(calendar);
    await render(getCalendar);
    const table = within(
      await screen.findByRole('table', { name: 'Calendar' }),
    );
    expect(getCalendar).toHaveBeenCalledWith('servanda', 'prod', { days: 14 });
    expect(table.getAllByRole('row')).toHaveLength(1 + 14);
    expect(
      table.getAllByText('Tue 31 Mar, 20:00 CEST – Tue 31 Mar, 22:00 CEST')
        .length,
    ).toBe(1);
    expect(table.getAllByText(/exempt: hotfix-p0, hotfix-p1/).length).toBe(4);
    expect(
      screen.getByText(/Changes go out inside a release window/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Source: calendar · as of/)).toBeInTheDocument();
  });

  it('says when no windows apply', async () => {
    await render(
      jest
        .fn()
        .mockResolvedValue({ ...calendar, windows: [], occurrences: [] }),
    );
    expect(
      await screen.findByText(/No freeze or release windows apply/),
    ).toBeInTheDocument();
  });

  it('shows the error instead of an empty calendar', async () => {
    await render(jest.fn().mockRejectedValue(new Error('backend down')));
    expect(
      await screen.findByText(/Could not load the calendar/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
