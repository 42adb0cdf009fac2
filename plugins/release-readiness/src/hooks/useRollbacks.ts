import { useApi } from '@backstage/frontend-plugin-api';
import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';
import { useRollbackUpdates } from '../components/Rollbacks/useRollbackUpdates';

/**
 * Loads the rollback records of one environment of a system, newest first. Reloads on a
 * `release-readiness:rollbacks` signal for that environment and, while a record is
 * `in-progress`, every 15 s; `retry` reloads at once. `live` says whether signals are available.
 */
export function useRollbacks(system: string, environment: string) {
  const api = useApi(releaseReadinessApiRef);
  const [reloads, setReloads] = useState(0);
  const state = useAsync(async () => {
    const { items } = await api.listRollbacks(system, { environment });
    // Newest first whatever the order on the wire.
    return {
      items: [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    };
  }, [api, system, environment, reloads]);
  const retry = useCallback(() => setReloads(n => n + 1), []);
  const pending =
    state.value?.items.some(r => r.outcome === 'in-progress') ?? false;
  const { live } = useRollbackUpdates({ system, environment }, retry, pending);
  return { ...state, retry, live };
}
