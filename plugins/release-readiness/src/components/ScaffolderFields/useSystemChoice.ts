import { useApi } from '@backstage/frontend-plugin-api';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';

/**
 * The system of a field that lets the user choose one: `fixedSystem` (its `ui:options.system`)
 * when set, else the one chosen (at first `initial`, the stored value's); the systems to choose
 * from (`GET /systems`) are loaded only when the system is not fixed.
 */
export function useSystemChoice(
  fixedSystem: string | undefined,
  initial: string | undefined,
) {
  const api = useApi(releaseReadinessApiRef);
  const [chosenSystem, setChosenSystem] = useState(initial ?? '');
  const systems = useAsyncRetry(
    async () => (fixedSystem ? undefined : api.getSystems()),
    [api, fixedSystem],
  );
  return {
    system: fixedSystem ?? chosenSystem,
    systems,
    choose: setChosenSystem,
  };
}
