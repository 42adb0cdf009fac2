import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads one environment's workloads; `retry` reloads them. */
export function useWorkloads(environment: string) {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(
    async () => api.getWorkloads(environment),
    [api, environment],
  );
}
