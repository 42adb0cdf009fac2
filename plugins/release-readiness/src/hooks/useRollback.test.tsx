import { TestApiProvider } from '@backstage/frontend-test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';
import { fakeSignals } from '../components/Rollbacks/testing/fakeSignals';
import { rollbackRecord } from '../components/Rollbacks/testing/rollbackRecord';
import { useRollback } from './useRollback';

const CHANNEL = 'release-readiness:rollbacks';

function setup(records: RollbackRecord[], withSignals = true) {
  const signals = fakeSignals();
  let call = 0;
  const getRollback = jest.fn(
    async () => records[Math.min(call++, records.length - 1)],
  );
  const withSignalsWrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider
      apis={[
        [releaseReadinessApiRef, { getRollback }],
        [signalApiRef, signals.api],
      ]}
    >
      {children}
    </TestApiProvider>
  );
  const withoutSignalsWrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[releaseReadinessApiRef, { getRollback }]]}>
      {children}
    </TestApiProvider>
  );
  const wrapper = withSignals ? withSignalsWrapper : withoutSignalsWrapper;
  const hook = renderHook(() => useRollback('servanda', 'rb-1'), {
    wrapper,
  });
  return { hook, getRollback, signals };
}

describe('useRollback', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('loads one record and reloads on a signal naming it, not on one naming another', async () => {
    const { hook, getRollback, signals } = setup([rollbackRecord()]);
    await waitFor(() => expect(hook.result.current.value?.id).toBe('rb-1'));
    expect(getRollback).toHaveBeenCalledWith('servanda', 'rb-1');

    act(() =>
      signals.send(CHANNEL, {
        system: 'servanda',
        environment: 'prod',
        rollbackId: 'rb-2',
      }),
    );
    expect(getRollback).toHaveBeenCalledTimes(1);
    act(() =>
      signals.send(CHANNEL, {
        system: 'servanda',
        environment: 'prod',
        rollbackId: 'rb-1',
      }),
    );
    await waitFor(() => expect(getRollback).toHaveBeenCalledTimes(2));
  });

  it('without signals, polls every 15 s while the record is in progress, then stops', async () => {
    jest.useFakeTimers();
    const { hook, getRollback } = setup(
      [
        rollbackRecord({
          outcome: 'in-progress',
          verification: { status: 'pending', checks: [] },
        }),
        rollbackRecord({ outcome: 'failed', message: 'rollout stalled' }),
      ],
      false,
    );
    await waitFor(() =>
      expect(hook.result.current.value?.outcome).toBe('in-progress'),
    );
    expect(hook.result.current.live).toBe(false);
    await act(async () => {
      jest.advanceTimersByTime(15_000);
    });
    await waitFor(() =>
      expect(hook.result.current.value?.outcome).toBe('failed'),
    );
    await act(async () => {
      jest.advanceTimersByTime(60_000);
    });
    expect(getRollback).toHaveBeenCalledTimes(2);
  });
});
