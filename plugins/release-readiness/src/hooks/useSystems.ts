import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads every system and the default one; `retry` reloads them. */
export function useSystems() {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(() => api.getSystems(), [api]);
}
