import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads the on-call rota of one environment for `weeks` weeks. */
export function useOnCall(system: string, environment: string, weeks: number) {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(
    async () => api.getOnCall(system, environment, weeks),
    [api, system, environment, weeks],
  );
}
