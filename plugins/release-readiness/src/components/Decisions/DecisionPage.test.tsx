import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { signalApiRef, type SignalApi } from '@backstage/plugin-signals-react';
import type { DecisionState } from '@release-readiness/plugin-release-readiness-common';
import { act, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { BoardRootContext } from '../shared';
import { decisionResponseOf } from './__testUtils__/decisionResponseOf';
import { DecisionPage } from './DecisionPage';

// The machine the tests run on is shared: MUI renders slowly there.
jest.setTimeout(30_000);

const stateOf = (status: DecisionState['status'], reason: string) => ({
  status,
  reason,
  approvals: [],
  blocking: [],
  noGo: [],
});

/** A signals API like the app's: subscribers of a channel get what is published on it. */
function signalsBus() {
  const subscribers = new Map<string, Set<(message: object) => void>>();
  const api: SignalApi = {
    subscribe(channel, onMessage) {
      const set = subscribers.get(channel) ?? new Set();
      subscribers.set(channel, set);
      const listener = (message: object) =>
        onMessage(message as Parameters<typeof onMessage>[0]);
      set.add(listener);
      return { unsubscribe: () => set.delete(listener) };
    },
  };
  const publish = (channel: string, message: object) =>
    act(() => subscribers.get(channel)?.forEach(l => l(message)));
  return { api, publish };
}

async function render(
  getDecision: jest.Mock,
  options: { signals?: SignalApi; path?: string } = {},
) {
  await renderInTestApp(
    <BoardRootContext.Provider value="/release-readiness">
      <Routes>
        <Route
          path="/release-readiness/systems/:system/decisions/:id"
          element={<DecisionPage />}
        />
      </Routes>
    </BoardRootContext.Provider>,
    {
      initialRouteEntries: [
        options.path ?? '/release-readiness/systems/servanda/decisions/dec-1',
      ],
      apis: [
        [releaseReadinessApiRef, { getDecision }],
        ...(options.signals
          ? ([[signalApiRef, options.signals]] as const)
          : []),
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const status = () => screen.getByLabelText('Decision status');

describe('DecisionPage', () => {
  afterEach(() => jest.useRealTimers());

  it('reloads when a signal names this decision, not for another one', async () => {
    const bus = signalsBus();
    const getDecision = jest
      .fn()
      .mockResolvedValueOnce(
        decisionResponseOf(stateOf('open', 'Waiting for Tech Lead')),
      )
      .mockResolvedValue(
        decisionResponseOf(stateOf('go', 'Every approval given')),
      );
    await render(getDecision, { signals: bus.api });
    await waitFor(() => expect(status()).toHaveTextContent(/^OPEN$/));
    expect(getDecision).toHaveBeenCalledWith('servanda', 'dec-1');
    expect(
      screen.getByText('Updates live when someone votes or waives.'),
    ).toBeInTheDocument();

    bus.publish('release-readiness:decisions', {
      system: 'servanda',
      environment: 'prod',
      decisionId: 'dec-2',
    });
    bus.publish('release-readiness:decisions', {
      system: 'wimmelwelt',
      environment: 'prod',
      decisionId: 'dec-1',
    });
    expect(getDecision).toHaveBeenCalledTimes(1);

    bus.publish('release-readiness:decisions', {
      system: 'servanda',
      environment: 'prod',
      decisionId: 'dec-1',
    });
    await waitFor(() => expect(status()).toHaveTextContent(/^GO$/));
    expect(getDecision).toHaveBeenCalledTimes(2);
  });

  it('polls every 15 s when signals are not available', async () => {
    jest.useFakeTimers();
    const getDecision = jest
      .fn()
      .mockResolvedValueOnce(decisionResponseOf(stateOf('open', 'Waiting')))
      .mockResolvedValue(
        decisionResponseOf(stateOf('no-go', 'No-go by Sophie Lang')),
      );
    await render(getDecision);
    await waitFor(() => expect(status()).toHaveTextContent(/^OPEN$/));
    expect(screen.getByText(/Reloads every 15 seconds/)).toBeInTheDocument();
    act(() => {
      jest.advanceTimersByTime(14_000);
    });
    expect(getDecision).toHaveBeenCalledTimes(1);
    act(() => {
      jest.advanceTimersByTime(1_000);
    });
    await waitFor(() => expect(status()).toHaveTextContent(/^NO-GO$/));
    expect(getDecision).toHaveBeenCalledTimes(2);
  });

  it('keeps the last decision on screen when a reload fails, and says so', async () => {
    const bus = signalsBus();
    const getDecision = jest
      .fn()
      .mockResolvedValueOnce(decisionResponseOf(stateOf('open', 'Waiting')))
      .mockRejectedValue(new Error('socket hang up'));
    await render(getDecision, { signals: bus.api });
    await waitFor(() => expect(status()).toHaveTextContent(/^OPEN$/));
    bus.publish('release-readiness:decisions', {
      system: 'servanda',
      decisionId: 'dec-1',
    });
    expect(
      await screen.findByText(/Could not reload the decision/),
    ).toBeInTheDocument();
    expect(status()).toHaveTextContent(/^OPEN$/);
    expect(screen.queryByText(/socket hang up/)).not.toBeInTheDocument();
  });

  it('says there is no such decision on a 404, with a link to the history', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotFoundError', message: "No decision 'nope'" },
          request: { method: 'GET', url: '/' },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'content-type': 'application/json' } },
      ),
    );
    const getDecision = jest.fn().mockRejectedValue(notFound);
    await render(getDecision, {
      path: '/release-readiness/systems/servanda/decisions/nope',
    });
    expect(
      await screen.findByText('No decision nope in servanda'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'All decisions of servanda' }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda/decisions');
    expect(screen.queryByLabelText('Decision status')).not.toBeInTheDocument();
  });
});
