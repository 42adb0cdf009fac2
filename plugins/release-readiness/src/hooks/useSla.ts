import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads one environment's SLA (objectives, error budgets, burn rates); `retry` reloads it. */
export function useSla(system: string, environment: string) {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(
    async () => api.getSla(system, environment),
    [api, system, environment],
  );
}
