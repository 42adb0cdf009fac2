import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/**
 * Loads the newest `limit` restore-test records of one environment; the error is a 404
 * `ResponseError` when the environment's restore test is not `records`. `retry` reloads them.
 */
export function useRestoreTests(
  system: string,
  environment: string,
  limit: number,
) {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(
    async () => api.getRestoreTests(system, environment, { limit }),
    [api, system, environment, limit],
  );
}
