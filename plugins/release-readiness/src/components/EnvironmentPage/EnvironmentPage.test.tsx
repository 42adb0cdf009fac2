import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { BoardRootContext } from '../shared';
import { EnvironmentPage } from './EnvironmentPage';

const getEnvironment = jest.fn();

function renderAt(path: string, more: Record<string, jest.Mock> = {}) {
  return renderInTestApp(
    <BoardRootContext.Provider value="/release-readiness">
      <Routes>
        <Route path="/systems/:system/env/:env" element={<EnvironmentPage />} />
      </Routes>
    </BoardRootContext.Provider>,
    {
      initialRouteEntries: [path],
      apis: [[releaseReadinessApiRef, { getEnvironment, ...more }]] as const,
    },
  );
}

describe('EnvironmentPage', () => {
  afterEach(() => getEnvironment.mockReset());

  it('shows the environment of the system named in the URL', async () => {
    getEnvironment.mockResolvedValue({
      name: 'prod',
      title: 'Production',
      order: 3,
      promotion: 'Release gate + manual approval',
      target: { label: 'servanda-prod', offline: false },
    });
    renderAt('/systems/servanda/env/prod');
    expect(
      await screen.findByRole('heading', { name: 'Production' }),
    ).toBeInTheDocument();
    expect(getEnvironment).toHaveBeenCalledWith('servanda', 'prod');
    expect(
      screen.getByText(/Release gate \+ manual approval/),
    ).toHaveTextContent(
      'Promotion: Release gate + manual approval · Runs on: servanda-prod',
    );
    expect(screen.queryByText('air-gapped')).not.toBeInTheDocument();
  });

  it('marks an offline environment as air-gapped, and its workloads as a snapshot', async () => {
    getEnvironment.mockResolvedValue({
      name: 'prod-onprem',
      title: 'Production (on-prem)',
      order: 4,
      target: { label: 'onprem-1/servanda-prod', offline: true },
    });
    const getWorkloads = jest.fn().mockResolvedValue({
      environment: 'prod-onprem',
      items: [],
      source: {
        name: 'snapshot:prod-onprem.yaml',
        status: 'ok',
        fetchedAt: new Date().toISOString(),
      },
    });
    renderAt('/systems/servanda/env/prod-onprem', { getWorkloads });
    expect(
      await screen.findByRole('heading', { name: 'Production (on-prem)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('air-gapped')).toBeInTheDocument();
    expect(screen.getByText('Promotion:').parentElement).toHaveTextContent(
      'Promotion: not described · Runs on: onprem-1/servanda-prod',
    );
    expect(await screen.findByText('offline snapshot')).toBeInTheDocument();
    expect(getWorkloads).toHaveBeenCalledWith('servanda', 'prod-onprem');
  });

  it('says where it runs is not described without a target', async () => {
    getEnvironment.mockResolvedValue({ name: 'qa', title: 'QA', order: 5 });
    renderAt('/systems/sva-studio/env/qa');
    expect(
      await screen.findByRole('heading', { name: 'QA' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Promotion:').parentElement).toHaveTextContent(
      'Promotion: not described · Runs on: not described',
    );
  });

  it("shows the error for an unknown environment, with a link to the system's board", async () => {
    getEnvironment.mockRejectedValue(new Error("Unknown environment 'qa'"));
    renderAt('/systems/wimmelwelt/env/qa');
    expect(
      await screen.findByText(/Could not load 'qa' of 'wimmelwelt'/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'All environments of wimmelwelt' }),
    ).toHaveAttribute('href', '/release-readiness/systems/wimmelwelt');
  });
});
