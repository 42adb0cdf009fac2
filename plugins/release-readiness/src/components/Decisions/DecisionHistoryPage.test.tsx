import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type {
  DecisionState,
  SystemSummary,
} from '@release-readiness/plugin-release-readiness-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { BoardRootContext } from '../shared';
import { decisionResponseOf } from './__testUtils__/decisionResponseOf';
import { DecisionHistoryPage } from './DecisionHistoryPage';

// The machine the tests run on is shared: MUI renders slowly there.
jest.setTimeout(30_000);

function Location() {
  const { pathname, search } = useLocation();
  return <output aria-label="Location">{`${pathname}${search}`}</output>;
}

const servanda: SystemSummary = {
  name: 'servanda',
  title: 'Servanda',
  entityRef: 'system:default/servanda',
  environments: [
    { name: 'staging', title: 'Staging', order: 2 },
    { name: 'prod', title: 'Production', order: 3 },
  ],
  policy: {
    origin: 'config',
    location: 'releaseReadiness.systems.servanda',
    status: 'ok',
  },
};

const stateOf = (status: DecisionState['status'], reason: string) => ({
  status,
  reason,
  approvals: [],
  blocking: [],
  noGo: [],
});

const itemOf = (
  id: string,
  environment: string,
  version: string,
  requestedAt: string,
  state: DecisionState,
) => {
  const { decision } = decisionResponseOf(state, {
    decision: { id, environment, version, requestedAt },
  });
  return { decision, state };
};

async function render(listDecisions: jest.Mock, path: string) {
  await renderInTestApp(
    <BoardRootContext.Provider value="/release-readiness">
      <Routes>
        <Route
          path="/release-readiness/systems/:system/decisions"
          element={<DecisionHistoryPage />}
        />
      </Routes>
      <Location />
    </BoardRootContext.Provider>,
    {
      initialRouteEntries: [path],
      apis: [
        [
          releaseReadinessApiRef,
          { listDecisions, getSystem: jest.fn().mockResolvedValue(servanda) },
        ],
      ] as const,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('DecisionHistoryPage', () => {
  it('lists the decisions newest first, each linked to its meeting view', async () => {
    const listDecisions = jest.fn().mockResolvedValue({
      items: [
        itemOf(
          'dec-old',
          'staging',
          '1.4.1',
          '2026-03-20T08:00:00.000Z',
          stateOf('expired', 'Expired before a go'),
        ),
        itemOf(
          'dec-new',
          'prod',
          '1.4.2',
          '2026-03-24T08:00:00.000Z',
          stateOf('open', 'Waiting for Tech Lead (Katrin Vogel)'),
        ),
      ],
    });
    await render(
      listDecisions,
      '/release-readiness/systems/servanda/decisions',
    );
    const table = within(
      await screen.findByRole('table', { name: 'Decisions' }),
    );
    const rows = table.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Waiting for Tech Lead (Katrin Vogel)');
    expect(
      within(rows[0]).getByRole('link', {
        name: 'Open the decision on prod 1.4.2',
      }),
    ).toHaveAttribute(
      'href',
      '/release-readiness/systems/servanda/decisions/dec-new',
    );
    expect(within(rows[0]).getByLabelText('Status: OPEN')).toBeInTheDocument();
    expect(
      within(rows[1]).getByLabelText('Status: EXPIRED'),
    ).toBeInTheDocument();
    expect(listDecisions).toHaveBeenCalledWith('servanda', {});
    expect(
      screen.getByRole('heading', { name: 'Go/no-go decisions of Servanda' }),
    ).toBeInTheDocument();
  });

  it('filters by environment and status from the URL, and keeps a changed filter in it', async () => {
    const listDecisions = jest.fn().mockResolvedValue({ items: [] });
    await render(
      listDecisions,
      '/release-readiness/systems/servanda/decisions?environment=prod&status=go',
    );
    expect(
      await screen.findByText('No decision matches these filters.'),
    ).toBeInTheDocument();
    expect(listDecisions).toHaveBeenCalledWith('servanda', {
      environment: 'prod',
      status: 'go',
    });

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Status' }));
    fireEvent.click(await screen.findByRole('option', { name: 'NO-GO' }));
    await waitFor(() =>
      expect(listDecisions).toHaveBeenLastCalledWith('servanda', {
        environment: 'prod',
        status: 'no-go',
      }),
    );
    expect(screen.getByLabelText('Location')).toHaveTextContent(
      '/release-readiness/systems/servanda/decisions?environment=prod&status=no-go',
    );
  });

  it('opens the request template prefilled with the system and the chosen environment', async () => {
    const listDecisions = jest.fn().mockResolvedValue({ items: [] });
    await render(
      listDecisions,
      '/release-readiness/systems/servanda/decisions?environment=prod',
    );
    // A link styled as a button.
    const link = await screen.findByRole('button', {
      name: 'Request a decision',
    });
    const [path, query] = (link.getAttribute('href') ?? '').split('?');
    expect(path).toBe('/create/templates/default/go-no-go-request');
    expect(JSON.parse(new URLSearchParams(query).get('formData')!)).toEqual({
      environment: { system: 'servanda', environment: 'prod' },
    });
  });

  it('says when the decisions cannot be loaded instead of showing an empty history', async () => {
    const listDecisions = jest.fn().mockRejectedValue(new Error('HTTP 503'));
    await render(
      listDecisions,
      '/release-readiness/systems/servanda/decisions',
    );
    expect(
      await screen.findByText(/Could not load the decisions/),
    ).toBeInTheDocument();
    expect(screen.queryByText('No decisions')).not.toBeInTheDocument();
  });
});
