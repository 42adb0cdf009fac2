import { useApi } from '@backstage/frontend-plugin-api';
import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';
import { useRollbackUpdates } from '../components/Rollbacks/useRollbackUpdates';

/**
 * Loads one rollback record. Reloads on a `release-readiness:rollbacks` signal for it and, while
 * it is `in-progress`, every 15 s; `retry` reloads at once. `live` says whether signals are
 * available.
 */
export function useRollback(system: string, id: string) {
  const api = useApi(releaseReadinessApiRef);
  const [reloads, setReloads] = useState(0);
  const state = useAsync(
    () => api.getRollback(system, id),
    [api, system, id, reloads],
  );
  const retry = useCallback(() => setReloads(n => n + 1), []);
  const { live } = useRollbackUpdates(
    { system, rollbackId: id },
    retry,
    state.value?.outcome === 'in-progress',
  );
  return { ...state, retry, live };
}
