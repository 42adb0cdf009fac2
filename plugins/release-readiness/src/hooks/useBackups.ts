import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads one environment's backups, WAL lag and restore test; `retry` reloads them. */
export function useBackups(system: string, environment: string) {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(
    async () => api.getBackups(system, environment),
    [api, system, environment],
  );
}
