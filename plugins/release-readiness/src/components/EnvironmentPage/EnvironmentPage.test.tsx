import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { BoardRootContext } from '../shared';
import { EnvironmentPage } from './EnvironmentPage';

const getEnvironment = jest.fn();

/** Renders the page at `path` below the board's root, as the plugin's router mounts it. */
function renderAt(path: string, more: Record<string, jest.Mock> = {}) {
  return renderInTestApp(
    <BoardRootContext.Provider value="/release-readiness">
      <Routes>
        <Route
          path="/release-readiness/systems/:system/env/:env"
          element={<EnvironmentPage />}
        />
        <Route
          path="/release-readiness/systems/:system/env/:env/:tab"
          element={<EnvironmentPage />}
        />
      </Routes>
    </BoardRootContext.Provider>,
    {
      initialRouteEntries: [`/release-readiness${path}`],
      apis: [[releaseReadinessApiRef, { getEnvironment, ...more }]] as const,
    },
  );
}

// Pages with several cards and tab clicks are slow on a busy machine.
jest.setTimeout(30_000);

describe('EnvironmentPage', () => {
  afterEach(() => getEnvironment.mockReset());

  const production = {
    name: 'prod',
    title: 'Production',
    order: 3,
    target: { label: 'demo-cluster/servanda-prod', offline: false },
  };
  const minutesAgo = (n: number) =>
    new Date(Date.now() - n * 60_000).toISOString();

  it('shows the verdict with the oldest "as of" of its sources in the header', async () => {
    getEnvironment.mockResolvedValue(production);
    const getReadiness = jest.fn().mockResolvedValue({
      environment: 'prod',
      verdict: 'blocked',
      reasons: [],
      items: [
        { source: { name: 'config', status: 'ok', fetchedAt: minutesAgo(1) } },
        {
          source: {
            name: 'kubernetes:demo',
            status: 'stale',
            fetchedAt: minutesAgo(50),
          },
        },
        { source: { name: 'pagerduty', status: 'unavailable' } },
      ],
      nextWindow: null,
      at: minutesAgo(0),
      changeType: 'standard',
      risk: 'normal',
      changeTypes: ['standard'],
    });
    renderAt('/systems/servanda/env/prod/backups', {
      getReadiness,
      getBackups: jest.fn(() => new Promise(() => {})),
      getRestoreTests: jest.fn(() => new Promise(() => {})),
    });
    const verdict = await screen.findByTestId(
      'environment-verdict',
      {},
      { timeout: 5000 },
    );
    expect(verdict).toHaveTextContent('Blocked');
    expect(verdict).toHaveTextContent(
      'Sources as of 50 minutes ago · 1 stale, 1 unavailable',
    );
    expect(getReadiness).toHaveBeenCalledWith('servanda', 'prod', {});
  });

  it('has a tab per section at its own path, the SLA and backups only in theirs', async () => {
    getEnvironment.mockResolvedValue(production);
    const getSla = jest.fn(() => new Promise(() => {}));
    const getBackups = jest.fn(() => new Promise(() => {}));
    renderAt('/systems/servanda/env/prod/sla', {
      getSla,
      getBackups,
      getRestoreTests: jest.fn(() => new Promise(() => {})),
    });
    const tabs = await screen.findByRole('tablist', {
      name: 'Sections of prod',
    });
    const hrefs = within(tabs)
      .getAllByRole('tab')
      .map(t => [t.textContent, t.getAttribute('href')]);
    expect(hrefs).toEqual([
      ['Overview', '/release-readiness/systems/servanda/env/prod'],
      ['Workloads', '/release-readiness/systems/servanda/env/prod/workloads'],
      ['People', '/release-readiness/systems/servanda/env/prod/people'],
      ['SLA', '/release-readiness/systems/servanda/env/prod/sla'],
      ['Backups', '/release-readiness/systems/servanda/env/prod/backups'],
      ['Rollbacks', '/release-readiness/systems/servanda/env/prod/rollbacks'],
      ['Calendar', '/release-readiness/systems/servanda/env/prod/calendar'],
    ]);
    expect(within(tabs).getByRole('tab', { name: 'SLA' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('region', { name: 'SLA' })).toBeInTheDocument();
    expect(getSla).toHaveBeenCalledWith('servanda', 'prod');
    expect(getBackups).not.toHaveBeenCalled();

    await userEvent.click(within(tabs).getByRole('tab', { name: 'Backups' }));
    expect(
      await screen.findByRole('region', { name: 'Backups' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'SLA' }),
    ).not.toBeInTheDocument();
    expect(getBackups).toHaveBeenCalledWith('servanda', 'prod');
    expect(within(tabs).getByRole('tab', { name: 'Backups' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it("shows the environment's rollbacks in their tab", async () => {
    getEnvironment.mockResolvedValue(production);
    const listRollbacks = jest.fn(() => new Promise(() => {}));
    renderAt('/systems/servanda/env/prod/rollbacks', { listRollbacks });
    expect(
      await screen.findByRole('region', { name: 'Rollbacks' }),
    ).toBeInTheDocument();
    expect(listRollbacks).toHaveBeenCalledWith('servanda', {
      environment: 'prod',
    });
    expect(screen.getByRole('tab', { name: 'Rollbacks' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('says which sections there are for an unknown tab', async () => {
    getEnvironment.mockResolvedValue(production);
    renderAt('/systems/servanda/env/prod/metrics');
    expect(
      await screen.findByText("Production has no section 'metrics'"),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the overview' }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda/env/prod');
  });

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
