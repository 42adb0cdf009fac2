import { useApi } from '@backstage/frontend-plugin-api';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import { useCallback, useRef, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/**
 * The state of {@link useDecision}: react-use's async state, plus the last decision read (kept
 * while reloading and when a reload fails, so the meeting view does not blink).
 */
export interface DecisionLoadState {
  loading: boolean;
  error?: Error;
  value?: DecisionResponse;
  /** The last decision read for this system and id, also while reloading or after an error. */
  lastValue?: DecisionResponse;
  /** Reloads; every call counts, also one made while a load is running (the newest wins). */
  retry: () => void;
}

/** Loads one go/no-go decision (`GET /systems/:system/decisions/:id`) with `you` and `changes`. */
export function useDecision(system: string, id: string): DecisionLoadState {
  const api = useApi(releaseReadinessApiRef);
  const [reloads, setReloads] = useState(0);
  const state = useAsync(
    () => api.getDecision(system, id),
    [api, system, id, reloads],
  );
  const key = `${system}\u0000${id}`;
  const last = useRef<{ key: string; value: DecisionResponse }>();
  if (state.value) {
    last.current = { key, value: state.value };
  }
  const retry = useCallback(() => setReloads(n => n + 1), []);
  return {
    loading: state.loading,
    error: state.error,
    value: state.value,
    lastValue: last.current?.key === key ? last.current.value : undefined,
    retry,
  };
}
