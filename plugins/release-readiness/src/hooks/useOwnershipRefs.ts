import {
  identityApiRef,
  useApi,
  useApiHolder,
} from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { ownershipRefsOf } from './ownershipRefsOf';

/**
 * The entity refs the signed-in user owns or belongs to (see {@link ownershipRefsOf}), for
 * putting their own systems first.
 */
export function useOwnershipRefs() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApiHolder().get(catalogApiRef);
  return useAsync(
    () => ownershipRefsOf(identityApi, catalogApi),
    [identityApi, catalogApi],
  );
}
