import { discoveryApiRef, useApi } from '@backstage/frontend-plugin-api';
import { useCallback, useEffect, useState } from 'react';
import { DemoPerson, fetchDemoPeople } from './fetchDemoPeople';

/** Where loading the demo people stands. */
export type DemoPeopleState =
  | { status: 'loading' }
  | { status: 'enabled'; people: DemoPerson[] }
  | { status: 'disabled' }
  | { status: 'error'; message: string };

/** Loads the demo people once per mount (and again on `retry`). */
export function useDemoPeople(): {
  state: DemoPeopleState;
  retry: () => void;
} {
  const discoveryApi = useApi(discoveryApiRef);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<DemoPeopleState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchDemoPeople(discoveryApi, controller.signal).then(
      result => {
        if (!controller.signal.aborted) {
          setState(result);
        }
      },
      (error: Error) => {
        if (!controller.signal.aborted) {
          setState({ status: 'error', message: error.message });
        }
      },
    );
    return () => controller.abort();
  }, [discoveryApi, attempt]);

  const retry = useCallback(() => setAttempt(n => n + 1), []);
  return { state, retry };
}
