import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads one environment's workloads; `retry` reloads them. */
export function useWorkloads(system: string, environment: string) {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(
    async () => api.getWorkloads(system, environment),
    [api, system, environment],
  );
}
