import { useApi } from '@backstage/frontend-plugin-api';
import type { ChangeRisk } from '@release-readiness/plugin-release-readiness-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** Loads an environment's readiness verdict; `at` etc. as the API takes them. */
export function useReadiness(
  system: string,
  environment: string,
  options: { at?: string; changeType?: string; risk?: ChangeRisk } = {},
) {
  const api = useApi(releaseReadinessApiRef);
  const { at, changeType, risk } = options;
  return useAsyncRetry(
    async () => api.getReadiness(system, environment, { at, changeType, risk }),
    [api, system, environment, at, changeType, risk],
  );
}
