import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads the RACI matrix of one environment. */
export function useRaci(system: string, environment: string) {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(
    async () => api.getRaci(system, environment),
    [api, system, environment],
  );
}
