import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads a system's "deployed where" matrix, optionally for some workload names only. */
export function useVersions(system: string, workloads?: string[]) {
  const api = useApi(releaseReadinessApiRef);
  // Compared by value, not by array identity.
  const key = workloads?.join(',');
  return useAsyncRetry(
    async () =>
      api.getVersions(
        system,
        key === undefined ? undefined : { workloads: key.split(',') },
      ),
    [api, system, key],
  );
}
