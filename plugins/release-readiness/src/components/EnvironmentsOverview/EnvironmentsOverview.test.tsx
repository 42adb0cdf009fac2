import { renderInTestApp } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import {
  ReleaseReadinessApi,
  releaseReadinessApiRef,
} from '../../api/ReleaseReadinessApi';
import { EnvironmentsOverview } from './EnvironmentsOverview';

function apiReturning(getEnvironments: ReleaseReadinessApi['getEnvironments']) {
  return [
    [releaseReadinessApiRef, { getEnvironments, getEnvironment: jest.fn() }],
  ] as const;
}

describe('EnvironmentsOverview', () => {
  it('renders the environments in the order the backend gives them', async () => {
    renderInTestApp(<EnvironmentsOverview />, {
      apis: apiReturning(async () => ({
        items: [
          {
            name: 'dev',
            title: 'Development',
            order: 1,
            promotion: 'PR merged, automatic',
          },
          { name: 'stage', title: 'Staging', order: 2 },
          {
            name: 'prod',
            title: 'Production',
            order: 3,
            target: { label: 'eu-1/servanda-prod', offline: true },
          },
        ],
      })),
    });

    await screen.findByRole('region', { name: 'Development' });
    const cards = ['Development', 'Staging', 'Production'].map(name =>
      screen.getByRole('region', { name }),
    );
    const headings = screen
      .getAllByRole('heading', { level: 2 })
      .map(h => h.textContent);
    expect(headings).toEqual(['Development', 'Staging', 'Production']);
    expect(
      within(cards[0]).getByText('PR merged, automatic'),
    ).toBeInTheDocument();
    expect(
      within(cards[2]).getByText('Runs on: eu-1/servanda-prod'),
    ).toBeInTheDocument();
    expect(within(cards[2]).getByText('air-gapped')).toBeInTheDocument();
    expect(
      within(cards[1]).getByRole('link', { name: 'Open Staging' }),
    ).toHaveAttribute('href', '/env/stage');
  });

  it('marks only offline environments as air-gapped, and says when where it runs is not described', async () => {
    renderInTestApp(<EnvironmentsOverview />, {
      apis: apiReturning(async () => ({
        items: [
          {
            name: 'stage',
            title: 'Staging',
            order: 2,
            target: { label: 'demo-cluster/servanda-stage', offline: false },
          },
          { name: 'qa', title: 'QA', order: 3 },
        ],
      })),
    });
    const stage = within(
      await screen.findByRole('region', { name: 'Staging' }),
    );
    expect(
      stage.getByText('Runs on: demo-cluster/servanda-stage'),
    ).toBeInTheDocument();
    expect(stage.queryByText('air-gapped')).not.toBeInTheDocument();
    const qa = within(screen.getByRole('region', { name: 'QA' }));
    expect(qa.getByText('Runs on: not described')).toBeInTheDocument();
    expect(qa.queryByText('air-gapped')).not.toBeInTheDocument();
  });

  it('explains how to configure environments when there are none', async () => {
    renderInTestApp(<EnvironmentsOverview />, {
      apis: apiReturning(async () => ({ items: [] })),
    });
    expect(
      await screen.findByText('No environments configured'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/releaseReadiness\.environments/),
    ).toBeInTheDocument();
  });

  it('shows the backend error instead of an empty board', async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          name: 'NotAllowedError',
          message: 'You are not allowed to read the board',
        },
        request: { method: 'GET', url: '/environments' },
        response: { statusCode: 403 },
      }),
      {
        status: 403,
        statusText: 'Forbidden',
        headers: { 'content-type': 'application/json' },
      },
    );
    const error = await ResponseError.fromResponse(response);
    renderInTestApp(<EnvironmentsOverview />, {
      apis: apiReturning(async () => {
        throw error;
      }),
    });
    expect(
      await screen.findByText(/Could not load the environments/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/You are not allowed to read the board/).length,
    ).toBeGreaterThan(0);
    expect(
      screen.queryByText('No environments configured'),
    ).not.toBeInTheDocument();
  });
});
