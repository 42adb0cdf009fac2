import { ResponseError } from '@backstage/errors';
import { useApi } from '@backstage/frontend-plugin-api';
import type { SystemSummary } from '@release-readiness/plugin-release-readiness-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';

/** A catalog System by name, and (when known) its full entity ref to tell namesakes apart. */
export interface SystemTarget {
  /** The System's `metadata.name`, which names the system on the board. */
  name: string;
  /** e.g. `system:default/servanda`; the board's system must be this entity. */
  entityRef?: string;
}

/**
 * Loads the board's system for a catalog System: `{ system }`, or `{}` when the board has no
 * such system (the System has no release policy; a 404). Other errors are errors.
 */
export function useSystemOfEntity(target: SystemTarget) {
  const api = useApi(releaseReadinessApiRef);
  const { name, entityRef } = target;
  return useAsyncRetry(async (): Promise<{ system?: SystemSummary }> => {
    let system: SystemSummary;
    try {
      system = await api.getSystem(name);
    } catch (error) {
      if (error instanceof ResponseError && error.statusCode === 404) {
        return {};
      }
      throw error;
    }
    const same =
      entityRef === undefined ||
      system.entityRef.toLocaleLowerCase('en-US') ===
        entityRef.toLocaleLowerCase('en-US');
    return same ? { system } : {};
  }, [api, name, entityRef]);
}
