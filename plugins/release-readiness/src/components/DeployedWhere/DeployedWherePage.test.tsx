import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  summarizeVersionMatrix,
  type VersionSummaryQuery,
  type VersionsResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import {
  type ReleaseReadinessApi,
  releaseReadinessApiRef,
} from '../../api/ReleaseReadinessApi';
import { BoardRootContext } from '../shared';
import { DeployedWherePage } from './DeployedWherePage';

const asOf = new Date().toISOString();

const versions: VersionsResponse = {
  environments: [
    {
      name: 'dev',
      title: 'Development',
      source: { name: 'k:dev', status: 'ok', fetchedAt: asOf },
    },
    {
      name: 'stage',
      title: 'Staging',
      source: { name: 'k:stage', status: 'ok', fetchedAt: asOf },
    },
    {
      name: 'prod',
      title: 'Production',
      source: {
        name: 'kubernetes:demo-cluster/servanda-prod',
        status: 'unavailable',
        error: { type: 'TIMEOUT', message: 'No answer within 5000 ms' },
      },
    },
  ],
  rows: [
    {
      kind: 'Deployment',
      name: 'servanda-api',
      drift: true,
      cells: [
        {
          environment: 'dev',
          state: 'deployed',
          version: 'dev-3f2a9c1',
          image: 'ghcr.io/servanda/servanda-api:dev-3f2a9c1',
          rolloutStatus: 'complete',
        },
        {
          environment: 'stage',
          state: 'deployed',
          version: 'rc-1.5.0',
          image: 'ghcr.io/servanda/servanda-api:rc-1.5.0',
          rolloutStatus: 'failed',
        },
        { environment: 'prod', state: 'unknown' },
      ],
    },
    {
      kind: 'StatefulSet',
      name: 'postgresql',
      drift: false,
      cells: [
        {
          environment: 'dev',
          state: 'deployed',
          image: 'docker.io/bitnami/postgresql:latest',
          rolloutStatus: 'complete',
        },
        { environment: 'stage', state: 'absent' },
        { environment: 'prod', state: 'unknown' },
      ],
    },
  ],
};

/** A backend that pages and filters `matrix` as the route does. */
function serving(matrix: VersionsResponse) {
  return jest.fn(async (_system: string, query?: VersionSummaryQuery) =>
    summarizeVersionMatrix(matrix, query),
  );
}

function render(getVersionSummary: ReleaseReadinessApi['getVersionSummary']) {
  return renderInTestApp(
    <BoardRootContext.Provider value="/release-readiness">
      <Routes>
        <Route
          path="/systems/:system/deployed"
          element={<DeployedWherePage />}
        />
      </Routes>
    </BoardRootContext.Provider>,
    {
      initialRouteEntries: ['/systems/servanda/deployed'],
      apis: [[releaseReadinessApiRef, { getVersionSummary }]] as const,
    },
  );
}

/** dev runs `count` healthy workloads, w01…; stage is read and runs none. */
function many(count: number): VersionsResponse {
  return {
    environments: versions.environments.slice(0, 2),
    rows: Array.from({ length: count }, (_, i) => ({
      kind: 'Deployment' as const,
      name: `w${String(i + 1).padStart(2, '0')}`,
      drift: false,
      cells: [
        {
          environment: 'dev',
          state: 'deployed' as const,
          version: '1.0.0',
          rolloutStatus: 'complete' as const,
        },
        { environment: 'stage', state: 'absent' as const },
      ],
    })),
  };
}

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    // The row header's first line is the name (then the drift chip and the kind).
    .map(r => r.querySelector('th p')?.textContent);

describe('DeployedWherePage', () => {
  it('shows workloads × environments with versions, statuses and drift, and the totals', async () => {
    const getVersionSummary = serving(versions);
    await render(getVersionSummary);
    const table = await screen.findByRole('table', { name: 'Deployed where' });
    expect(getVersionSummary).toHaveBeenCalledWith('servanda', {
      offset: 0,
      limit: 50,
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map(h => h.textContent);
    expect(headers[0]).toBe('Workload');
    expect(headers[1]).toMatch(/^Development/);
    expect(headers[3]).toMatch(/^Productionunavailable · as of never/);

    const api = within(table).getByRole('row', { name: /servanda-api/ });
    expect(api).toHaveAttribute('data-drift', 'true');
    expect(within(api).getByText('drift')).toBeInTheDocument();
    const cells = within(api).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('dev-3f2a9c1complete');
    expect(cells[1]).toHaveTextContent('rc-1.5.0failed');
    expect(cells[2]).toHaveTextContent('unknown');

    const postgresql = within(table).getByRole('row', { name: /postgresql/ });
    expect(postgresql).not.toHaveAttribute('data-drift');
    const pgCells = within(postgresql).getAllByRole('cell');
    expect(pgCells[0]).toHaveTextContent('latest');
    expect(
      within(pgCells[1]).getByLabelText('not deployed'),
    ).toBeInTheDocument();

    // Production is unavailable: nothing is proven healthy.
    expect(
      screen.getByText(
        '2 workloads · 1 unhealthy · 1 with drift · 1 not proven healthy',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
  });

  it("links each column to the environment's page and back to the system's board", async () => {
    await render(serving(versions));
    const table = await screen.findByRole('table', { name: 'Deployed where' });
    expect(
      within(table).getByRole('link', { name: 'Staging' }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda/env/stage');
    expect(
      screen.getByRole('link', { name: 'All environments of servanda' }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda');
  });

  it('explains an unavailable environment above the matrix', async () => {
    await render(serving(versions));
    expect(await screen.findByTestId('source-unavailable')).toHaveTextContent(
      'No answer within 5000 ms (TIMEOUT)',
    );
    expect(screen.getByLabelText('Source of Production')).toBeInTheDocument();
  });

  it('pages through the workloads with Next and Previous', async () => {
    const getVersionSummary = serving(many(60));
    await render(getVersionSummary);
    const first = await screen.findByRole('table', { name: 'Deployed where' });
    expect(rowNames(first)).toHaveLength(50);
    expect(rowNames(first)[0]).toBe('w01');
    expect(screen.getByText('1–50 of 60')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('51–60 of 60')).toBeInTheDocument();
    expect(getVersionSummary).toHaveBeenLastCalledWith('servanda', {
      offset: 50,
      limit: 50,
    });
    const second = screen.getByRole('table', { name: 'Deployed where' });
    expect(rowNames(second)).toEqual(
      Array.from({ length: 10 }, (_, i) => `w${51 + i}`),
    );
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('1–50 of 60')).toBeInTheDocument();
  });

  it('searches by name on the server, from the first page', async () => {
    const getVersionSummary = serving(versions);
    await render(getVersionSummary);
    await screen.findByRole('table', { name: 'Deployed where' });
    fireEvent.change(
      screen.getByRole('searchbox', { name: 'Search workloads by name' }),
      { target: { value: ' postgres ' } },
    );
    expect(await screen.findByText('1–1 of 1')).toBeInTheDocument();
    expect(getVersionSummary).toHaveBeenLastCalledWith('servanda', {
      offset: 0,
      limit: 50,
      q: 'postgres',
    });
    expect(
      rowNames(screen.getByRole('table', { name: 'Deployed where' })),
    ).toEqual(['postgresql']);

    fireEvent.change(
      screen.getByRole('searchbox', { name: 'Search workloads by name' }),
      { target: { value: 'nothing-like-it' } },
    );
    expect(await screen.findByText('No workload matches')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('starts a new search at its first page', async () => {
    const getVersionSummary = serving(many(120));
    await render(getVersionSummary);
    await screen.findByText('1–50 of 120');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('51–100 of 120')).toBeInTheDocument();
    fireEvent.change(
      screen.getByRole('searchbox', { name: 'Search workloads by name' }),
      { target: { value: 'w1' } },
    );
    // w10…w19 and w100…w120
    expect(await screen.findByText('1–31 of 31')).toBeInTheDocument();
    expect(getVersionSummary).toHaveBeenLastCalledWith('servanda', {
      offset: 0,
      limit: 50,
      q: 'w1',
    });
  });

  it('shows only what needs attention when asked', async () => {
    const getVersionSummary = serving(versions);
    await render(getVersionSummary);
    await screen.findByRole('table', { name: 'Deployed where' });
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Only what needs attention (unhealthy or drift)',
      }),
    );
    expect(await screen.findByText('1–1 of 1')).toBeInTheDocument();
    expect(getVersionSummary).toHaveBeenLastCalledWith('servanda', {
      offset: 0,
      limit: 50,
      attention: true,
    });
    expect(
      rowNames(screen.getByRole('table', { name: 'Deployed where' })),
    ).toEqual(['servanda-api']);
  });

  it('has an empty state when no workload is known', async () => {
    await render(serving({ ...versions, rows: [] }));
    expect(await screen.findByText('No workloads known')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the error when the backend call fails', async () => {
    await render(async () => {
      throw new Error('boom');
    });
    expect(
      await screen.findByText(/Could not load what is deployed where/),
    ).toBeInTheDocument();
  });
});
