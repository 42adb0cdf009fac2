import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads one system: its environments and the status of its release policy. */
export function useSystem(system: string) {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(() => api.getSystem(system), [api, system]);
}
