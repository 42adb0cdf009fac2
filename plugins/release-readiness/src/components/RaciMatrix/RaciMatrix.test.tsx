import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { RaciResponse } from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { RaciMatrix } from './RaciMatrix';
import {
  forgetStoredLanguage,
  germanPortal,
} from '../../translations/__testUtils__/germanPortal';

const lena = {
  entityRef: 'user:default/lena.kraus',
  displayName: 'Lena Kraus',
  email: 'lena.kraus@servanda.example',
  picture: 'https://avatars.example/lena.png',
};
const jonas = {
  entityRef: 'user:default/jonas.weber',
  displayName: 'Jonas Weber',
};
const mara = {
  entityRef: 'user:default/mara.schulz',
  displayName: 'Mara Schulz',
};

const raci: RaciResponse = {
  environment: 'prod',
  activities: [
    {
      activity: 'go-no-go',
      title: 'Go/no-go decision',
      roles: {
        responsible: ['release-captain'],
        accountable: ['product-owner'],
        consulted: ['on-call', 'qa'],
        informed: [],
      },
      responsible: [{ ...lena, roles: ['release-captain'] }],
      accountable: [{ ...jonas, roles: ['product-owner'] }],
      consulted: [{ ...mara, roles: ['on-call'] }],
      informed: [],
    },
  ],
  roles: [
    {
      id: 'release-captain',
      title: 'Release Captain',
      members: [],
      people: [lena],
    },
    {
      id: 'product-owner',
      title: 'Product Owner',
      members: [],
      people: [jonas],
    },
    { id: 'on-call', title: 'On-Call', members: [], people: [mara] },
    {
      id: 'qa',
      title: 'QA',
      members: ['group:default/servanda-qa'],
      people: [],
    },
  ],
  findings: [
    {
      severity: 'warning',
      code: 'ROLE_UNRESOLVED',
      message: "Role 'QA' resolves to nobody (consulted for Go/no-go decision)",
      role: 'qa',
    },
  ],
  source: {
    name: 'catalog',
    status: 'ok',
    fetchedAt: new Date(Date.now() - 120_000).toISOString(),
  },
};

function renderWith(getRaci: jest.Mock) {
  return renderInTestApp(<RaciMatrix system="servanda" environment="prod" />, {
    apis: [[releaseReadinessApiRef, { getRaci }]] as const,
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

describe('RaciMatrix', () => {
  it('shows each activity with its people per letter, linked to the catalog', async () => {
    const getRaci = jest.fn().mockResolvedValue(raci);
    await renderWith(getRaci);

    const table = await screen.findByRole('table', { name: 'RACI matrix' });
    expect(getRaci).toHaveBeenCalledWith('servanda', 'prod');
    const row = within(table).getByRole('row', { name: /Go\/no-go decision/ });
    const cells = within(row).getAllByRole('cell');
    expect(within(cells[0]).getByText('Release Captain')).toBeInTheDocument();
    expect(
      within(cells[0]).getByRole('link', { name: 'Lena Kraus' }),
    ).toHaveAttribute('href', '/catalog/default/user/lena.kraus');
    expect(within(cells[1]).getByText('Jonas Weber')).toBeInTheDocument();
    expect(within(cells[2]).getByText('Mara Schulz')).toBeInTheDocument();
    // the QA role resolves to nobody: marked in the cell and explained above
    expect(within(cells[2]).getByText('QA')).toBeInTheDocument();
    expect(within(cells[2]).getByText('nobody')).toBeInTheDocument();
    expect(within(cells[3]).getByText('—')).toBeInTheDocument();
    expect(
      screen.getByText(
        "Role 'QA' resolves to nobody (consulted for Go/no-go decision)",
      ),
    ).toBeInTheDocument();
    // avatar picture and "as of"
    expect(
      cells[0].querySelector('img[src="https://avatars.example/lena.png"]'),
    ).not.toBeNull();
    expect(screen.getByText(/Source: catalog · as of/)).toBeInTheDocument();
    expect(screen.getByText('2 minutes ago')).toBeInTheDocument();
  });

  it('does not claim that a role resolves to nobody when the catalog is unavailable', async () => {
    const getRaci = jest.fn().mockResolvedValue({
      ...raci,
      activities: raci.activities.map(a => ({
        ...a,
        responsible: [],
        accountable: [],
        consulted: [],
      })),
      findings: [],
      source: {
        name: 'catalog',
        status: 'unavailable',
        error: { type: 'TIMEOUT', message: 'No answer within 5000 ms' },
      },
    });
    await renderWith(getRaci);
    expect(await screen.findByTestId('source-unavailable')).toHaveTextContent(
      'No answer within 5000 ms (TIMEOUT)',
    );
    expect(screen.queryByText('nobody')).not.toBeInTheDocument();
    expect(screen.queryByTestId('person')).not.toBeInTheDocument();
  });

  it('explains how to configure RACI when none is configured', async () => {
    const getRaci = jest.fn().mockResolvedValue({
      environment: 'prod',
      activities: [],
      roles: [],
      findings: [],
      source: {
        name: 'catalog',
        status: 'unavailable',
        error: { type: 'NOT_CONFIGURED', message: 'No RACI is configured' },
      },
    });
    await renderWith(getRaci);
    expect(await screen.findByText('No RACI configured')).toBeInTheDocument();
  });

  it('shows the error and retries', async () => {
    const getRaci = jest
      .fn()
      .mockRejectedValueOnce(new Error('Backend down'))
      .mockResolvedValue(raci);
    await renderWith(getRaci);
    expect(
      await screen.findByText(/Could not load the RACI matrix/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('table', { name: 'RACI matrix' }),
    ).toBeInTheDocument();
    expect(getRaci).toHaveBeenCalledTimes(2);
  });
});

describe('RaciMatrix in German', () => {
  forgetStoredLanguage();

  it('follows the portal language: headings and the empty role in German, data as sent', async () => {
    await renderInTestApp(<RaciMatrix system="servanda" environment="prod" />, {
      apis: [
        [
          releaseReadinessApiRef,
          { getRaci: jest.fn().mockResolvedValue(raci) },
        ],
      ] as const,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      config: germanPortal,
    });
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Wer entscheidet (RACI)' },
        // the German messages are loaded on demand
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'RACI-Matrix' });
    expect(
      within(table).getByRole('columnheader', { name: 'Aktivität' }),
    ).toBeInTheDocument();
    // the QA role resolves to nobody; the activity's title is the backend's, not translated
    const row = within(table).getByRole('row', { name: /Go\/no-go decision/ });
    expect(within(row).getByText('niemand')).toBeInTheDocument();
    expect(screen.queryByText('Who decides (RACI)')).not.toBeInTheDocument();
  });
});
