import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { VersionsResponse } from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
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

function render(getVersions: () => Promise<VersionsResponse>) {
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
      apis: [[releaseReadinessApiRef, { getVersions }]] as const,
    },
  );
}

describe('DeployedWherePage', () => {
  it('shows workloads × environments with versions, statuses and drift', async () => {
    const getVersions = jest.fn(async () => versions);
    await render(getVersions);
    const table = await screen.findByRole('table', { name: 'Deployed where' });
    expect(getVersions).toHaveBeenCalledWith('servanda', undefined);
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
  });

  it("links each column to the environment's page and back to the system's board", async () => {
    await render(async () => versions);
    const table = await screen.findByRole('table', { name: 'Deployed where' });
    expect(
      within(table).getByRole('link', { name: 'Staging' }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda/env/stage');
    expect(
      screen.getByRole('link', { name: 'All environments of servanda' }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda');
  });

  it('explains an unavailable environment above the matrix', async () => {
    await render(async () => versions);
    expect(await screen.findByTestId('source-unavailable')).toHaveTextContent(
      'No answer within 5000 ms (TIMEOUT)',
    );
    expect(screen.getByLabelText('Source of Production')).toBeInTheDocument();
  });

  it('has an empty state when no workload is known', async () => {
    await render(async () => ({ ...versions, rows: [] }));
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
