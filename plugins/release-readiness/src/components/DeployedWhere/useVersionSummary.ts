import { useApi } from '@backstage/frontend-plugin-api';
import type { VersionSummaryQuery } from '@release-readiness/plugin-release-readiness-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';

/**
 * Loads a page of a system's version summary (counts per environment, totals, and rows
 * unhealthy first, then drifting), reloading when the page or a filter changes.
 */
export function useVersionSummary(
  system: string,
  query: VersionSummaryQuery = {},
) {
  const api = useApi(releaseReadinessApiRef);
  const { offset, limit, q, attention } = query;
  return useAsyncRetry(
    // async: a call that throws becomes the hook's error, never an uncaught one.
    async () =>
      api.getVersionSummary(system, {
        ...(offset !== undefined && { offset }),
        ...(limit !== undefined && { limit }),
        ...(q && { q }),
        ...(attention && { attention }),
      }),
    [api, system, offset, limit, q, attention],
  );
}
