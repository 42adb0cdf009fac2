import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import { RELEASE_READINESS_ENVIRONMENT_RESOURCE_TYPE } from '@release-readiness/plugin-release-readiness-common';

/**
 * An environment of a system, as permission rules see it.
 *
 * @public
 */
export interface EnvironmentResource {
  system: string;
  environment: string;
}

/**
 * The query an environment rule turns into.
 *
 * @public
 */
export type EnvironmentQuery = {
  key: 'system' | 'environment';
  values: string[];
};

/**
 * The permission resource ref of an environment (`release-readiness-environment`), for
 * `release-readiness.rollback.execute`.
 *
 * @public
 */
export const environmentResourceRef = createPermissionResourceRef<
  EnvironmentResource,
  EnvironmentQuery
>().with({
  pluginId: 'release-readiness',
  resourceType: RELEASE_READINESS_ENVIRONMENT_RESOURCE_TYPE,
});
