import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads the configured environments; `retry` reloads them. */
export function useEnvironments() {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(() => api.getEnvironments(), [api]);
}
