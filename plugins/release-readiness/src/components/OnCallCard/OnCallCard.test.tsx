import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { OnCallResponse } from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { OnCallCard } from './OnCallCard';
import {
  forgetStoredLanguage,
  germanPortal,
} from '../../translations/__testUtils__/germanPortal';

const mara = {
  entityRef: 'user:default/mara.schulz',
  displayName: 'Mara Schulz',
  picture: 'https://avatars.example/mara.png',
};
const deniz = {
  entityRef: 'user:default/deniz.yilmaz',
  displayName: 'Deniz Yilmaz',
};
const tim = {
  displayName: 'Tim Wright',
  email: 'tim.wright@example.com',
  url: 'https://subdomain.pagerduty.com/users/PT23IWX',
};

// Two weeks from Monday 2026-03-16 09:00 Berlin; the second has no backup.
const onCall: OnCallResponse = {
  environment: 'prod',
  current: {
    primary: [mara],
    backup: [deniz],
    until: '2026-03-23T08:00:00.000Z',
  },
  weeks: [
    {
      start: '2026-03-16T08:00:00.000Z',
      end: '2026-03-23T08:00:00.000Z',
      primary: [
        {
          person: mara,
          start: '2026-03-16T08:00:00.000Z',
          end: '2026-03-23T08:00:00.000Z',
        },
      ],
      backup: [
        {
          person: deniz,
          start: '2026-03-16T08:00:00.000Z',
          end: '2026-03-23T08:00:00.000Z',
        },
      ],
      gaps: [],
    },
    {
      start: '2026-03-23T08:00:00.000Z',
      end: '2026-03-30T07:00:00.000Z',
      primary: [
        {
          person: deniz,
          start: '2026-03-23T08:00:00.000Z',
          end: '2026-03-26T12:00:00.000Z',
        },
        {
          person: tim,
          start: '2026-03-26T12:00:00.000Z',
          end: '2026-03-30T07:00:00.000Z',
        },
      ],
      backup: [],
      gaps: [
        {
          start: '2026-03-23T08:00:00.000Z',
          end: '2026-03-30T07:00:00.000Z',
          missing: ['backup'],
        },
      ],
    },
  ],
  gaps: [
    {
      start: '2026-03-23T08:00:00.000Z',
      end: '2026-03-30T07:00:00.000Z',
      missing: ['backup'],
    },
  ],
  handover: { weekday: 1, time: '09:00', timeZone: 'Europe/Berlin' },
  coveredUntil: '2026-06-11T10:00:00.000Z',
  findings: [],
  source: {
    name: 'config:rotations/servanda',
    status: 'ok',
    fetchedAt: new Date().toISOString(),
  },
};

function renderWith(getOnCall: jest.Mock) {
  return renderInTestApp(
    <OnCallCard system="wimmelwelt" environment="prod" />,
    {
      apis: [[releaseReadinessApiRef, { getOnCall }]] as const,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('OnCallCard', () => {
  it('shows primary and backup now, with avatars, catalog links and the next handover', async () => {
    await renderWith(jest.fn().mockResolvedValue(onCall));
    const primary = await screen.findByRole('region', { name: 'Primary' });
    expect(
      within(primary).getByRole('link', { name: 'Mara Schulz' }),
    ).toHaveAttribute('href', '/catalog/default/user/mara.schulz');
    expect(
      primary.querySelector('img[src="https://avatars.example/mara.png"]'),
    ).not.toBeNull();
    const backup = screen.getByRole('region', { name: 'Backup' });
    expect(within(backup).getByText('Deniz Yilmaz')).toBeInTheDocument();
    // initials stand in for a missing picture
    expect(within(backup).getByText('DY')).toBeInTheDocument();
    expect(screen.getByText(/Next handover:/).parentElement).toHaveTextContent(
      'Next handover: Mon 23 Mar, 09:00 (Europe/Berlin)',
    );
    expect(
      screen.getByText(/Source: config:rotations\/servanda/),
    ).toBeInTheDocument();
  });

  it('lists the weeks and highlights the one with a gap', async () => {
    await renderWith(jest.fn().mockResolvedValue(onCall));
    const table = await screen.findByRole('table', { name: 'On-call rota' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).not.toHaveAttribute('data-gap');
    expect(rows[0]).toHaveTextContent('Mon 16 Mar, 09:00 – Mon 23 Mar, 09:00');
    expect(rows[1]).toHaveAttribute('data-gap', 'true');
    expect(
      within(rows[1]).getByText('Gap: no backup from Mon 23 Mar, 09:00'),
    ).toBeInTheDocument();
    // a handover within the week shows each part; a person without catalog user links to PagerDuty
    expect(rows[1]).toHaveTextContent('Mon 23 Mar, 09:00 – Thu 26 Mar, 13:00');
    expect(
      within(rows[1]).getByRole('link', { name: /^Tim Wright/ }),
    ).toHaveAttribute('href', 'https://subdomain.pagerduty.com/users/PT23IWX');
    expect(within(rows[1]).getByText('nobody')).toBeInTheDocument();
    expect(screen.getByLabelText('Rota gaps')).toHaveTextContent(
      '1 gap in the rota: Mon 23 Mar, 09:00 – Mon 30 Mar, 09:00 without backup',
    );
  });

  it('asks for more weeks when chosen', async () => {
    const getOnCall = jest.fn().mockResolvedValue(onCall);
    await renderWith(getOnCall);
    expect(getOnCall).toHaveBeenCalledWith('wimmelwelt', 'prod', 4);
    await userEvent.click(
      await screen.findByRole('combobox', { name: 'Weeks' }),
    );
    await userEvent.click(screen.getByRole('option', { name: '8' }));
    expect(getOnCall).toHaveBeenLastCalledWith('wimmelwelt', 'prod', 8);
  });

  it('says so when nobody is on call right now', async () => {
    await renderWith(
      jest.fn().mockResolvedValue({
        ...onCall,
        current: {
          primary: [deniz],
          backup: [],
          until: '2026-03-30T07:00:00.000Z',
        },
      }),
    );
    expect(
      await screen.findByText('Nobody is backup right now'),
    ).toBeInTheDocument();
  });

  it('shows an unavailable source without people or "no gaps"', async () => {
    await renderWith(
      jest.fn().mockResolvedValue({
        environment: 'prod',
        weeks: [],
        gaps: [],
        findings: [],
        handover: onCall.handover,
        source: {
          name: 'pagerduty:escalation-policy/PT20YPA',
          status: 'unavailable',
          error: {
            type: 'UNAUTHORIZED',
            message: 'PagerDuty /oncalls answered HTTP 401',
          },
        },
      }),
    );
    expect(await screen.findByTestId('source-unavailable')).toHaveTextContent(
      'PagerDuty /oncalls answered HTTP 401 (UNAUTHORIZED)',
    );
    expect(screen.queryByText(/No gaps/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Primary' }),
    ).not.toBeInTheDocument();
  });

  it('explains how to configure a rota, and shows load errors', async () => {
    await renderWith(
      jest.fn().mockResolvedValue({
        environment: 'dev',
        weeks: [],
        gaps: [],
        findings: [],
        source: {
          name: 'none',
          status: 'unavailable',
          error: { type: 'NOT_CONFIGURED', message: 'No on-call source' },
        },
      }),
    );
    expect(
      await screen.findByText('No on-call rota configured'),
    ).toBeInTheDocument();
  });

  it('shows a load error with retry', async () => {
    const getOnCall = jest
      .fn()
      .mockRejectedValueOnce(new Error('Backend down'))
      .mockResolvedValue(onCall);
    await renderWith(getOnCall);
    expect(
      await screen.findByText(/Could not load the on-call rota/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('table', { name: 'On-call rota' }),
    ).toBeInTheDocument();
  });
});

describe('OnCallCard in German', () => {
  forgetStoredLanguage();

  it('follows the portal language: the rota and its gaps in German', async () => {
    await renderInTestApp(
      <OnCallCard system="wimmelwelt" environment="prod" />,
      {
        apis: [
          [
            releaseReadinessApiRef,
            { getOnCall: jest.fn().mockResolvedValue(onCall) },
          ],
        ] as const,
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
        config: germanPortal,
      },
    );
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Rufbereitschaft' },
        // the German messages are loaded on demand
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Primär' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Rufbereitschaftsplan' });
    expect(
      within(table).getByRole('columnheader', { name: 'Woche' }),
    ).toBeInTheDocument();
    expect(
      within(table).getByText(/^Lücke: kein Backup ab /),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Lücken im Plan')).toHaveTextContent(
      /^1 Lücke im Plan: .+ ohne Backup\. Eine Lücke während eines Release-Fensters/,
    );
    expect(screen.queryByText(/Next handover/)).not.toBeInTheDocument();
  });
});
