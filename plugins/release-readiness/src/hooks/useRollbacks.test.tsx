import { TestApiProvider } from '@backstage/frontend-test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';
import { fakeSignals } from '../components/Rollbacks/testing/fakeSignals';
import { rollbackRecord } from '../components/Rollbacks/testing/rollbackRecord';
import { useRollbacks } from './useRollbacks';

const CHANNEL = 'release-readiness:rollbacks';

function setup(lists: RollbackRecord[][]) {
  const signals = fakeSignals();
  let call = 0;
  const listRollbacks = jest.fn(async () => ({
    items: lists[Math.min(call++, lists.length - 1)],
  }));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider
      apis={[
        [releaseReadinessApiRef, { listRollbacks }],
        [signalApiRef, signals.api],
      ]}
    >
      {children}
    </TestApiProvider>
  );
  const hook = renderHook(() => useRollbacks('servanda', 'prod'), {
    wrapper,
  });
  return { hook, listRollbacks, signals };
}

describe('useRollbacks', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("loads the environment's records newest first", async () => {
    const older = rollbackRecord({
      id: 'old',
      createdAt: '2026-11-30T08:00:00Z',
    });
    const newer = rollbackRecord({
      id: 'new',
      createdAt: '2026-12-01T08:00:00Z',
    });
    const { hook, listRollbacks } = setup([[older, newer]]);
    await waitFor(() => expect(hook.result.current.value).toBeDefined());
    expect(listRollbacks).toHaveBeenCalledWith('servanda', {
      environment: 'prod',
    });
    expect(hook.result.current.value?.items.map(r => r.id)).toEqual([
      'new',
      'old',
    ]);
    expect(hook.result.current.live).toBe(true);
  });

  it("reloads on a signal for this system's environment, not for another", async () => {
    const { hook, listRollbacks, signals } = setup([[rollbackRecord()]]);
    await waitFor(() => expect(hook.result.current.value).toBeDefined());
    expect(signals.subscribers(CHANNEL)).toBe(1);

    act(() =>
      signals.send(CHANNEL, {
        system: 'servanda',
        environment: 'stage',
        rollbackId: 'x',
      }),
    );
    act(() =>
      signals.send(CHANNEL, {
        system: 'other',
        environment: 'prod',
        rollbackId: 'y',
      }),
    );
    expect(listRollbacks).toHaveBeenCalledTimes(1);

    act(() =>
      signals.send(CHANNEL, {
        system: 'servanda',
        environment: 'prod',
        rollbackId: 'rb-2',
      }),
    );
    await waitFor(() => expect(listRollbacks).toHaveBeenCalledTimes(2));
  });

  it('polls every 15 s while a record is in progress, and stops once none is', async () => {
    jest.useFakeTimers();
    const inProgress = rollbackRecord({
      outcome: 'in-progress',
      verification: { status: 'pending', checks: [] },
      completedAt: undefined,
    });
    const { hook, listRollbacks } = setup([
      [inProgress],
      [inProgress],
      [rollbackRecord()],
    ]);
    await waitFor(() =>
      expect(hook.result.current.value?.items[0].outcome).toBe('in-progress'),
    );
    expect(listRollbacks).toHaveBeenCalledTimes(1);

    await act(async () => {
      jest.advanceTimersByTime(14_000);
    });
    expect(listRollbacks).toHaveBeenCalledTimes(1);
    await act(async () => {
      jest.advanceTimersByTime(1_000);
    });
    await waitFor(() => expect(listRollbacks).toHaveBeenCalledTimes(2));
    await act(async () => {
      jest.advanceTimersByTime(15_000);
    });
    await waitFor(() =>
      expect(hook.result.current.value?.items[0].outcome).toBe('succeeded'),
    );
    expect(listRollbacks).toHaveBeenCalledTimes(3);

    await act(async () => {
      jest.advanceTimersByTime(60_000);
    });
    expect(listRollbacks).toHaveBeenCalledTimes(3);
  });

  it('does not poll when nothing is in progress', async () => {
    jest.useFakeTimers();
    const { hook, listRollbacks } = setup([[rollbackRecord()]]);
    await waitFor(() => expect(hook.result.current.value).toBeDefined());
    await act(async () => {
      jest.advanceTimersByTime(60_000);
    });
    expect(listRollbacks).toHaveBeenCalledTimes(1);
  });
});
