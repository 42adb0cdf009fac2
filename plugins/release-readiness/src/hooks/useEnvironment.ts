import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads one environment's summary by name. */
export function useEnvironment(system: string, name: string) {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(
    () => api.getEnvironment(system, name),
    [api, system, name],
  );
}
