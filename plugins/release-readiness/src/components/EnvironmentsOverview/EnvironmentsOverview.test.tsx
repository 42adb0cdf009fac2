import { renderInTestApp } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { SystemSummary } from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import {
  ReleaseReadinessApi,
  releaseReadinessApiRef,
} from '../../api/ReleaseReadinessApi';
import { BoardRootContext } from '../shared';
import { EnvironmentsOverview } from './EnvironmentsOverview';

const servanda: SystemSummary = {
  name: 'servanda',
  title: 'Servanda',
  entityRef: 'system:default/servanda',
  owner: 'group:default/servanda',
  environments: [],
  policy: {
    origin: 'file',
    location: 'http://localhost:7010/servanda/release-readiness.yaml',
    status: 'ok',
    loadedAt: new Date().toISOString(),
  },
};

function render(
  getSystem: ReleaseReadinessApi['getSystem'],
  props: { system?: string; showTitle?: boolean } = {},
  api: Partial<Record<keyof ReleaseReadinessApi, jest.Mock>> = {},
) {
  const getReadiness = jest.fn().mockResolvedValue({
    verdict: 'ready',
    reasons: [],
  });
  return {
    getReadiness,
    ...renderInTestApp(
      <BoardRootContext.Provider value="/release-readiness">
        <EnvironmentsOverview
          system={props.system ?? 'servanda'}
          showTitle={props.showTitle}
        />
      </BoardRootContext.Provider>,
      {
        apis: [
          [releaseReadinessApiRef, { getSystem, getReadiness, ...api }],
        ] as const,
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    ),
  };
}

// Each column renders several tiles; slow on a busy machine.
jest.setTimeout(30_000);

describe('EnvironmentsOverview', () => {
  it('loads the version summary once for the board, never the whole matrix', async () => {
    const getSystem = jest.fn(async () => ({
      ...servanda,
      environments: [
        { name: 'dev', title: 'Development', order: 1 },
        { name: 'prod', title: 'Production', order: 2 },
      ],
    }));
    const getVersions = jest.fn();
    const getVersionSummary = jest.fn(async () => ({
      environments: [
        {
          name: 'dev',
          title: 'Development',
          source: {
            name: 'k:dev',
            status: 'ok',
            fetchedAt: servanda.policy.loadedAt,
          },
          workloads: 0,
          healthy: 0,
          unhealthy: 0,
          unknown: 0,
        },
      ],
      totals: { workloads: 0, drift: 0, unhealthy: 0, unknown: 0 },
      rows: [],
      total: 0,
      offset: 0,
      limit: 25,
    }));
    render(getSystem, {}, { getVersions, getVersionSummary });
    const dev = await screen.findByRole('region', { name: 'Development' });
    expect(
      await within(dev).findByText('nothing deployed'),
    ).toBeInTheDocument();
    const prod = screen.getByRole('region', { name: 'Production' });
    expect(within(prod).getByText('not in the matrix')).toBeInTheDocument();
    expect(getVersionSummary).toHaveBeenCalledTimes(1);
    expect(getVersionSummary).toHaveBeenCalledWith('servanda', {});
    expect(getVersions).not.toHaveBeenCalled();
  });

  it("renders the system's environments in the order the backend gives them", async () => {
    const getSystem = jest.fn(async () => ({
      ...servanda,
      environments: [
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
    }));
    const { getReadiness } = render(getSystem);

    await screen.findByRole('region', { name: 'Development' });
    expect(getSystem).toHaveBeenCalledWith('servanda');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Servanda' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Owned by/)).toHaveTextContent('Owned by servanda');
    expect(screen.getByRole('link', { name: 'servanda' })).toHaveAttribute(
      'href',
      '/catalog/default/group/servanda',
    );
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
    ).toHaveAttribute('href', '/release-readiness/systems/servanda/env/stage');
    expect(
      screen.getByRole('link', { name: "What's deployed where" }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda/deployed');
    expect(
      await within(cards[1]).findByLabelText('Verdict: Ready'),
    ).toBeInTheDocument();
    expect(getReadiness).toHaveBeenCalledWith('servanda', 'stage', {
      at: undefined,
      changeType: undefined,
      risk: undefined,
    });
    expect(screen.getByLabelText('Release policy')).toHaveTextContent(
      'Policy: http://localhost:7010/servanda/release-readiness.yaml (team file)',
    );
  });

  it('marks only offline environments as air-gapped, and says when where it runs is not described', async () => {
    render(async () => ({
      ...servanda,
      environments: [
        {
          name: 'stage',
          title: 'Staging',
          order: 2,
          target: { label: 'demo-cluster/servanda-stage', offline: false },
        },
        { name: 'qa', title: 'QA', order: 3 },
      ],
    }));
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
    render(async () => ({
      ...servanda,
      policy: {
        origin: 'config',
        location: 'releaseReadiness',
        status: 'ok',
        loadedAt: new Date().toISOString(),
      },
    }));
    expect(
      await screen.findByText('No environments configured'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/releaseReadiness\.environments/),
    ).toBeInTheDocument();
  });

  it('shows a broken policy as a banner above the last good environments', async () => {
    const loadedAt = new Date(Date.now() - 3 * 60_000).toISOString();
    render(async () => ({
      ...servanda,
      environments: [{ name: 'dev', title: 'Development', order: 1 }],
      policy: {
        origin: 'file',
        location: 'http://localhost:7010/servanda/release-readiness.yaml',
        status: 'error',
        error:
          'http://localhost:7010/servanda/release-readiness.yaml: environments.dev.order: expected number, received string',
        loadedAt,
      },
    }));
    const banner = await screen.findByRole('alert', {
      name: 'Release policy error',
    });
    expect(banner).toHaveTextContent(
      'release-readiness.yaml: environments.dev.order: expected number',
    );
    expect(banner).toHaveTextContent(
      'Showing the last good policy below, read 3 minutes ago.',
    );
    expect(
      screen.getByRole('region', { name: 'Development' }),
    ).toBeInTheDocument();
  });

  it('shows only the error of a policy that was never read, not an empty board', async () => {
    render(async () => ({
      ...servanda,
      policy: {
        origin: 'file',
        location: 'http://localhost:7010/servanda/release-readiness.yaml',
        status: 'error',
        error:
          'http://localhost:7010/servanda/release-readiness.yaml could not be read: HTTP 404 (NOT_FOUND)',
      },
    }));
    const banner = await screen.findByRole('alert', {
      name: 'Release policy error',
    });
    expect(banner).toHaveTextContent('could not be read: HTTP 404');
    expect(banner).toHaveTextContent(
      'It was never read successfully: nothing to show until it is fixed.',
    );
    expect(
      screen.queryByText('No environments configured'),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByText(/environments in promotion order/),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });

  it('leaves the title to the page around it when asked to', async () => {
    render(
      async () => ({
        ...servanda,
        environments: [{ name: 'dev', title: 'Development', order: 1 }],
      }),
      { showTitle: false },
    );
    await screen.findByRole('region', { name: 'Development' });
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('shows the backend error instead of an empty board', async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          name: 'NotAllowedError',
          message: 'You are not allowed to read the board',
        },
        request: { method: 'GET', url: '/systems/servanda' },
        response: { statusCode: 403 },
      }),
      {
        status: 403,
        statusText: 'Forbidden',
        headers: { 'content-type': 'application/json' },
      },
    );
    const error = await ResponseError.fromResponse(response);
    render(async () => {
      throw error;
    });
    expect(
      await screen.findByText(/Could not load the system 'servanda'/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/You are not allowed to read the board/).length,
    ).toBeGreaterThan(0);
    expect(
      screen.queryByText('No environments configured'),
    ).not.toBeInTheDocument();
  });
});
