import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads an environment's freeze and release windows for the next `days` days. */
export function useCalendar(system: string, environment: string, days: number) {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(
    async () => api.getCalendar(system, environment, { days }),
    [api, system, environment, days],
  );
}
