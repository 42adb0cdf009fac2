import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/**
 * Whether the signed-in user may set results of a manual gate, and why; not loaded for CI gates
 * (`manual` false).
 */
export function useGateEligibility(
  system: string,
  environment: string,
  gate: string,
  manual: boolean,
) {
  const api = useApi(releaseReadinessApiRef);
  return useAsync(
    async () =>
      manual
        ? api.getManualGateEligibility(system, environment, gate)
        : undefined,
    [api, system, environment, gate, manual],
  );
}
