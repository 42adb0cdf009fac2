import { useApi } from '@backstage/frontend-plugin-api';
import type { SystemReadinessSummary } from '@release-readiness/plugin-release-readiness-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Systems per request: the backend's largest page. */
export const SUMMARY_PAGE_SIZE = 500;

/**
 * Every system with its environments' verdicts, in the backend's order (by title), read page by
 * page from `GET /system-summaries`: one request for up to 500 systems, however many
 * environments they have. `retry` reloads them.
 */
export function useSystemSummaries() {
  const api = useApi(releaseReadinessApiRef);
  return useAsyncRetry(async () => {
    const items: SystemReadinessSummary[] = [];
    for (;;) {
      const page = await api.getSystemSummaries({
        offset: items.length,
        limit: SUMMARY_PAGE_SIZE,
      });
      items.push(...page.items);
      if (page.items.length === 0 || items.length >= page.total) {
        return { items, total: page.total };
      }
    }
  }, [api]);
}
