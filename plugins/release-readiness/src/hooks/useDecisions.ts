import { useApi } from '@backstage/frontend-plugin-api';
import type { DecisionStatus } from '@release-readiness/plugin-release-readiness-common';
import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/**
 * Loads a system's go/no-go decisions, newest first, optionally of one environment and of some
 * statuses (one request per status; none: every status). `retry` reloads, also while loading.
 */
export function useDecisions(
  system: string,
  options: { environment?: string; statuses?: DecisionStatus[] } = {},
) {
  const api = useApi(releaseReadinessApiRef);
  const { environment } = options;
  // Compared by value, not by array identity.
  const statusKey = options.statuses?.join(',') ?? '';
  const [reloads, setReloads] = useState(0);
  const state = useAsync(async () => {
    if (!system) {
      return { items: [] };
    }
    const statuses = statusKey
      ? (statusKey.split(',') as DecisionStatus[])
      : [undefined];
    const lists = await Promise.all(
      statuses.map(status =>
        api.listDecisions(system, {
          ...(environment && { environment }),
          ...(status && { status }),
        }),
      ),
    );
    const items = lists.flatMap(list => list.items);
    items.sort((a, b) =>
      b.decision.requestedAt.localeCompare(a.decision.requestedAt),
    );
    return { items };
  }, [api, system, environment, statusKey, reloads]);
  const retry = useCallback(() => setReloads(n => n + 1), []);
  return { ...state, retry };
}
