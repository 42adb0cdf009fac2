import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type {
  SystemSummary,
  SystemsResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { decisionResponseOf } from '../Decisions/__testUtils__/decisionResponseOf';
import { ReleaseReadinessRouter } from './ReleaseReadinessRouter';

// The machine the tests run on is shared: the board and the meeting view render slowly there.
jest.setTimeout(30_000);

function Location() {
  const { pathname, search } = useLocation();
  return <output aria-label="Location">{`${pathname}${search}`}</output>;
}

const summary = (name: string, title: string): SystemSummary => ({
  name,
  title,
  entityRef: `system:default/${name}`,
  environments: [{ name: 'prod', title: 'Production', order: 1 }],
  policy: {
    origin: 'config',
    location: `releaseReadiness.systems.${name}`,
    status: 'ok',
  },
});

function renderAt(path: string, systems: () => Promise<SystemsResponse>) {
  const api = {
    getSystems: jest.fn(systems),
    // The landing page's one request: the same systems, every verdict unknown.
    getSystemSummaries: jest.fn(async () => {
      const { items, defaultSystem } = await systems();
      const summaries = items.map(item => ({
        ...item,
        verdict: 'unknown' as const,
        environments: item.environments.map(env => ({
          ...env,
          verdict: 'unknown' as const,
          source: { status: 'ok' as const },
          reasons: [],
          reasonCount: 0,
        })),
      }));
      return {
        items: summaries,
        total: summaries.length,
        offset: 0,
        limit: 500,
        counts: { ready: 0, blocked: 0, unknown: summaries.length },
        ...(defaultSystem && { defaultSystem }),
        maxAgeSeconds: 5,
      };
    }),
    getSystem: jest.fn(async (name: string) =>
      summary(name, `Title of ${name}`),
    ),
    getEnvironment: jest.fn(async (_system: string, name: string) => ({
      name,
      title: `Environment ${name}`,
      order: 1,
    })),
    getVersions: jest.fn(async () => ({ environments: [], rows: [] })),
    getVersionSummary: jest.fn(async () => ({
      environments: [],
      totals: { workloads: 0, drift: 0, unhealthy: 0, unknown: 0 },
      rows: [],
      total: 0,
      offset: 0,
      limit: 50,
    })),
    getReadiness: jest
      .fn()
      .mockResolvedValue({ verdict: 'unknown', reasons: [] }),
    listDecisions: jest.fn(async () => ({ items: [] })),
    getDecision: jest.fn(async (_system: string, id: string) =>
      decisionResponseOf(
        {
          status: 'open',
          reason: 'Waiting for Product Owner',
          approvals: [],
          blocking: [],
          noGo: [],
        },
        { decision: { id } },
      ),
    ),
  };
  renderInTestApp(
    <>
      <Routes>
        <Route
          path="/release-readiness/*"
          element={<ReleaseReadinessRouter />}
        />
      </Routes>
      <Location />
    </>,
    {
      initialRouteEntries: [path],
      apis: [
        [releaseReadinessApiRef, api],
        mockApis.identity({ ownershipEntityRefs: ['user:default/guest'] }),
      ] as const,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  return api;
}

const location = () => screen.getByLabelText('Location');
const withDefault = async () => ({
  items: [summary('servanda', 'Servanda'), summary('wimmelwelt', 'Wimmelwelt')],
  defaultSystem: 'servanda',
});

describe('ReleaseReadinessRouter', () => {
  it('shows every system at its root, each linked to its board', async () => {
    const api = renderAt('/release-readiness', withDefault);
    expect(
      await screen.findByRole('link', { name: 'Open the board of Wimmelwelt' }),
    ).toHaveAttribute('href', '/release-readiness/systems/wimmelwelt');
    expect(api.getSystemSummaries).toHaveBeenCalledTimes(1);
  });

  it("shows a system's board at /systems/:system, linked back to every system", async () => {
    const api = renderAt('/release-readiness/systems/wimmelwelt', withDefault);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Title of wimmelwelt',
      }),
    ).toBeInTheDocument();
    expect(api.getSystem).toHaveBeenCalledWith('wimmelwelt');
    expect(screen.getByRole('link', { name: 'All systems' })).toHaveAttribute(
      'href',
      '/release-readiness',
    );
    expect(
      screen.getByRole('link', { name: 'Open Production' }),
    ).toHaveAttribute('href', '/release-readiness/systems/wimmelwelt/env/prod');
  });

  it("links a system's board to its decisions, and shows the history and the meeting view", async () => {
    const api = renderAt('/release-readiness/systems/servanda', withDefault);
    expect(
      await screen.findByRole('link', { name: 'Go/no-go decisions' }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda/decisions');
    cleanup();

    renderAt('/release-readiness/systems/servanda/decisions', withDefault);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Go/no-go decisions of Title of servanda',
      }),
    ).toBeInTheDocument();
    cleanup();

    const meeting = renderAt(
      '/release-readiness/systems/servanda/decisions/dec-7',
      withDefault,
    );
    expect(await screen.findByLabelText('Decision status')).toHaveTextContent(
      /^OPEN$/,
    );
    expect(meeting.getDecision).toHaveBeenCalledWith('servanda', 'dec-7');
    expect(api.getDecision).not.toHaveBeenCalled();
  });

  it("redirects the old environment page to the default system's, keeping the query", async () => {
    const api = renderAt('/release-readiness/env/prod?tab=x', withDefault);
    await waitFor(() =>
      expect(location()).toHaveTextContent(
        '/release-readiness/systems/servanda/env/prod?tab=x',
      ),
    );
    expect(
      await screen.findByRole('heading', { name: 'Environment prod' }),
    ).toBeInTheDocument();
    expect(api.getEnvironment).toHaveBeenCalledWith('servanda', 'prod');
  });

  it("redirects the old matrix to the default system's", async () => {
    const api = renderAt('/release-readiness/deployed', withDefault);
    await waitFor(() =>
      expect(location()).toHaveTextContent(
        '/release-readiness/systems/servanda/deployed',
      ),
    );
    await waitFor(() =>
      expect(api.getVersionSummary).toHaveBeenCalledWith('servanda', {
        offset: 0,
        limit: 50,
      }),
    );
  });

  it('redirects the old pages to the landing page when there is no default system', async () => {
    const api = renderAt('/release-readiness/env/prod', async () => ({
      items: [summary('wimmelwelt', 'Wimmelwelt')],
    }));
    await waitFor(() =>
      expect(location()).toHaveTextContent(/^\/release-readiness$/),
    );
    expect(
      await screen.findByRole('link', { name: 'Open the board of Wimmelwelt' }),
    ).toBeInTheDocument();
    expect(api.getEnvironment).not.toHaveBeenCalled();
  });

  it('says so when the default system cannot be found out, instead of guessing', async () => {
    const api = renderAt('/release-readiness/deployed', async () => {
      throw new Error('HTTP 503');
    });
    expect(
      await screen.findByText(/Could not find the default system/),
    ).toBeInTheDocument();
    expect(location()).toHaveTextContent('/release-readiness/deployed');
    expect(api.getVersions).not.toHaveBeenCalled();
    expect(api.getVersionSummary).not.toHaveBeenCalled();
  });
});
